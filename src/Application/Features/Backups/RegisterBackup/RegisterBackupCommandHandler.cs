using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Backups;

namespace Pixyer.Application.Features.Backups.RegisterBackup;

public sealed class RegisterBackupCommandHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RegisterBackupCommand, BackupDto>
{
    /// <summary>The validator has checked every field; the new backup's erased subjects are counted by the store.</summary>
    public async ValueTask<BackupDto> Handle(RegisterBackupCommand command, CancellationToken cancellationToken)
    {
        var backup = Backup.Register(command.Label!, command.TakenAt!.Value, command.ExpiresAt!.Value, clock.GetUtcNow());
        db.Backups.Add(backup);
        return BackupDto.Of(backup, await BackupErasures.CountAsync(db, backup.ReplayFrom, cancellationToken));
    }
}
