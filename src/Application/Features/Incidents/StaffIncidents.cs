using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents;

public static class StaffIncidents
{
    /// <summary>The incident with its timeline and reports, tracked for a change, or 404.</summary>
    public static async Task<Incident> LoadAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Incidents.Include(i => i.Timeline).Include(i => i.Reports).AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == new IncidentId(id), cancellationToken)
        ?? throw new NotFoundException("incident");
}
