using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.RightsRequests;
using Pixyer.Domain.Rights;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports;

internal static class HeldExports
{
    /// <summary>The export, tracked, if the worker of <paramref name="attempt"/> still holds it; a stale worker's step is refused.</summary>
    public static async Task<DataExport> HeldAsync(this IAppDbContext db, Guid exportId, int attempt, CancellationToken cancellationToken)
    {
        var export = await db.DataExports.FirstOrDefaultAsync(e => e.Id == new DataExportId(exportId), cancellationToken)
                     ?? throw new NotFoundException("export");
        return export.IsHeldBy(attempt)
            ? export
            : throw new ConflictException("Another worker has taken this export over.");
    }

    /// <summary>A failed export is the answer to its request (the person may ask again): the deadline closes.</summary>
    public static async Task CloseRightsRequestIfFailedAsync(this IAppDbContext db, DataExport export, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (export.Status == ExportStatus.Failed)
        {
            await db.CloseRightsRequestAsync(RightsRequestId.Tracking(export.Id), now, cancellationToken);
        }
    }
}
