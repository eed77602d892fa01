using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.ClaimExport;

public sealed class ClaimExportCommandHandler(IAppDbContext db, IRowClaims claims, TimeProvider clock)
    : ICommandHandler<ClaimExportCommand, ExportClaim?>
{
    /// <summary>Due exports looked at per claim: more than the workers of a few nodes can hold at once.</summary>
    private const int Candidates = 32;

    public async ValueTask<ExportClaim?> Handle(ClaimExportCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.DataExports.AsNoTracking()
            .Where(e => (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running) && e.AvailableAt <= now)
            .OrderBy(e => e.AvailableAt)
            .Select(e => e.Id)
            .Take(Candidates)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            if (!await claims.TryLockAsync<DataExport>(id.Value, cancellationToken))
            {
                continue;
            }

            // Read after the lock: a worker that claimed it in the meantime has committed, and it is no longer due.
            var export = await db.DataExports.SingleAsync(e => e.Id == id, cancellationToken);
            if (!export.IsDueAt(now))
            {
                continue;
            }

            var claimed = export.Claim(command.Worker, now, command.Lease);
            await db.CloseRightsRequestIfFailedAsync(export, now, cancellationToken);
            return new ExportClaim(export.Id.Value, export.SubjectId.Value, export.Attempts, !claimed);
        }

        return null;
    }
}
