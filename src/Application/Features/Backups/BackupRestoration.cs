using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Backups.ReplayErasures;
using Pixyer.Application.Features.Backups.RestoreBackup;

namespace Pixyer.Application.Features.Backups;

/// <summary>
/// Obligation R3, after a backup is restored: records the restore, then replays the ledger's erasures since the
/// backup was taken, batch after batch, each batch a command with its own transaction and audit entry, so that a
/// large replay never holds one long transaction. If the replay is interrupted (a crash, a dropped request), the
/// backup shows no <c>replayCompletedAt</c>; restoring it again runs the whole replay again, which is idempotent:
/// each batch that committed is complete, and erasing an erased subject changes nothing.
/// </summary>
public sealed class BackupRestoration(ICommandSteps steps)
{
    public async Task<BackupRestored> RestoreAsync(Guid backupId, CancellationToken cancellationToken)
    {
        await steps.SendAsync(new RestoreBackupCommand(backupId), cancellationToken);
        var erasedAgain = 0;
        ReplayBatch batch;
        do
        {
            batch = await steps.SendAsync(new ReplayErasuresCommand(backupId), cancellationToken);
            erasedAgain += batch.ErasedAgain;
        }
        while (!batch.Done);

        return new BackupRestored(backupId, erasedAgain);
    }
}

/// <summary>The restore's replay has finished: <c>ErasedAgain</c> subjects were erased again.</summary>
public sealed record BackupRestored(Guid BackupId, int ErasedAgain);
