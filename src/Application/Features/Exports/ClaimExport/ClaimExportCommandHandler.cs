using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.ClaimExport;

public sealed class ClaimExportCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<ClaimExportCommand, ExportClaim?>
{
    public async ValueTask<ExportClaim?> Handle(ClaimExportCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var export = await db.DataExports
            .Where(e => (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running) && e.AvailableAt <= now)
            .OrderBy(e => e.AvailableAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (export is null)
        {
            return null;
        }

        var claimed = export.Claim(now, command.Lease);
        await db.CloseRightsRequestIfFailedAsync(export, now, cancellationToken);
        return new ExportClaim(export.Id.Value, export.SubjectId.Value, export.Attempts, !claimed);
    }
}
