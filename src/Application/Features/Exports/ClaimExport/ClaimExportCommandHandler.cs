using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.ClaimExport;

public sealed class ClaimExportCommandHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<ClaimExportCommand, ExportClaim?>
{
    public async ValueTask<ExportClaim?> Handle(ClaimExportCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // One statement: an export another worker is claiming is skipped, and one a worker claimed and committed in the
        // meantime is checked again against the condition and passed over.
        var export = await db.DataExports.Where(DataExport.DueAt(now)).OrderBy(e => e.AvailableAt)
            .ForUpdateSkipLocked()
            .FirstOrDefaultAsync(cancellationToken);
        if (export is null)
        {
            return null;
        }

        var claimed = export.Claim(command.Worker, now, command.Lease);
        await db.CloseRightsRequestIfFailedAsync(export, now, cancellationToken);
        return new ExportClaim(export.Id.Value, export.SubjectId.Value, export.Attempts, !claimed);
    }
}
