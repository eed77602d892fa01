using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Deidentification;

namespace Pixyer.Application.Features.DeidentifiedExports;

public static class DeidentifiedExportLookup
{
    /// <summary>The export, or 404.</summary>
    public static async Task<DeidentifiedExport> FindDeidentifiedExportAsync(this IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.DeidentifiedExports.AsNoTracking().FirstOrDefaultAsync(e => e.Id == new DeidentifiedExportId(id), cancellationToken)
        ?? throw new NotFoundException("de-identified export");
}
