using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Backups;

namespace Pixyer.Application.Features.Backups.RestoreBackup;

public sealed class RestoreBackupCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RestoreBackupCommand>
{
    public async ValueTask<Unit> Handle(RestoreBackupCommand command, CancellationToken cancellationToken)
    {
        var backup = await db.Backups.FirstOrDefaultAsync(b => b.Id == new BackupId(command.Id), cancellationToken)
            ?? throw new NotFoundException("backup");
        var now = clock.GetUtcNow();
        if (backup.IsExpiredAt(now))
        {
            throw new RequestRefusedException(
                "backup-expired",
                "This backup has expired and should have been destroyed; the erasure ledger may no longer cover it. Do not restore it.");
        }

        backup.MarkRestored(now);
        return Unit.Value;
    }
}
