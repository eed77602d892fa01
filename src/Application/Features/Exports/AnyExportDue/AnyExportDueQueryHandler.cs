using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.AnyExportDue;

public sealed class AnyExportDueQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<AnyExportDueQuery, bool>
{
    public async ValueTask<bool> Handle(AnyExportDueQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.DataExports.AnyAsync(
            e => (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running) && e.AvailableAt <= now, cancellationToken);
    }
}
