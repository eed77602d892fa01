using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Backups;

namespace Pixyer.Application.Features.Backups.PurgeExpiredBackups;

public sealed class PurgeExpiredBackupsCommandHandler(IAppDbContext db, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<PurgeExpiredBackupsCommand, BackupPurgeReport>
{
    public async ValueTask<BackupPurgeReport> Handle(PurgeExpiredBackupsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var purged = await db.Backups.Where(Backup.ExpiredAt(now)).ExecuteDeleteAsync(cancellationToken);
        var oldest = await db.Backups
            .OrderBy(b => b.ReplayFrom)
            .Select(b => (DateTimeOffset?)b.ReplayFrom)
            .FirstOrDefaultAsync(cancellationToken);
        var horizon = Backup.LedgerHorizon(oldest, now, options.Value.Backups.MaxAge);
        var pruned = await db.ErasureLedger.Where(e => e.ErasedAt < horizon).ExecuteDeleteAsync(cancellationToken);
        return new BackupPurgeReport(purged, pruned);
    }
}
