using System.Linq.Expressions;

namespace Pixyer.Domain.Backups;

/// <summary>
/// A backup in the register (obligation R3): a copy of the database taken outside the application, the isolated
/// data that can no longer be edited. It holds everyone erased after it was taken, so it records when it expires
/// (and is then purged), and when it is restored every erasure the ledger holds since <see cref="ReplayFrom"/> is
/// replayed. The label names the copy for the operators (e.g. <c>nightly-2026-11-28</c>), never a person.
/// </summary>
public sealed class Backup
{
    public const int LabelMaxLength = 100;

    /// <summary>
    /// Erasures recorded up to this long before the backup was taken are replayed too: an erasure whose transaction
    /// began before the snapshot may have committed after it, and erasing an erased subject again changes nothing.
    /// </summary>
    public static readonly TimeSpan ReplayMargin = TimeSpan.FromHours(1);

    private Backup()
    {
    }

    public BackupId Id { get; private set; }

    public string Label { get; private set; } = "";

    public DateTimeOffset TakenAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The ledger's erasures after this instant are in the backup: <see cref="TakenAt"/> less the margin.</summary>
    public DateTimeOffset ReplayFrom { get; private set; }

    /// <summary>When the backup was last restored.</summary>
    public DateTimeOffset? RestoredAt { get; private set; }

    /// <summary>The last ledger entry the replay of the latest restore has erased again (0: none yet).</summary>
    public long ReplayedThrough { get; private set; }

    /// <summary>When the replay of the latest restore finished; null while it runs or was interrupted.</summary>
    public DateTimeOffset? ReplayCompletedAt { get; private set; }

    public static Backup Register(string label, DateTimeOffset takenAt, DateTimeOffset expiresAt, DateTimeOffset now) =>
        new()
        {
            Id = BackupId.New(),
            Label = label.Trim(),
            TakenAt = takenAt,
            ExpiresAt = expiresAt,
            RegisteredAt = now,
            ReplayFrom = takenAt - ReplayMargin,
        };

    public static Expression<Func<Backup, bool>> ExpiredAt(DateTimeOffset now) => b => b.ExpiresAt <= now;

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;

    /// <summary>
    /// How far back the erasure ledger must reach: the replay of the oldest unexpired backup, and never less than
    /// <paramref name="maxBackupAge"/>, so that a backup registered late (taken at most that long ago) still finds
    /// every erasure since it was taken. Entries erased before the horizon can be pruned.
    /// </summary>
    public static DateTimeOffset LedgerHorizon(DateTimeOffset? oldestUnexpiredReplayFrom, DateTimeOffset now, TimeSpan maxBackupAge)
    {
        var registrable = now - maxBackupAge - ReplayMargin;
        return oldestUnexpiredReplayFrom is { } replayFrom && replayFrom < registrable ? replayFrom : registrable;
    }

    /// <summary>A restore starts the replay over from the first erasure: the restore brought back every erased subject.</summary>
    public void MarkRestored(DateTimeOffset now)
    {
        RestoredAt = now;
        ReplayedThrough = 0;
        ReplayCompletedAt = null;
    }

    public void ReplayedUpTo(long ledgerEntryId) => ReplayedThrough = ledgerEntryId;

    public void CompleteReplay(DateTimeOffset now) => ReplayCompletedAt = now;
}
