using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.GetIncident;

public sealed class GetIncidentQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetIncidentQuery, IncidentDetails>
{
    public async ValueTask<IncidentDetails> Handle(GetIncidentQuery query, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().Include(i => i.Timeline).Include(i => i.Reports).AsSplitQuery()
                           .SingleOrDefaultAsync(i => i.Id == new IncidentId(query.Id), cancellationToken)
                       ?? throw new NotFoundException("incident");
        return IncidentDetails.Of(incident, clock.GetUtcNow());
    }
}
