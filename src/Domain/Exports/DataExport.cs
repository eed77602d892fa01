using System.Linq.Expressions;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Exports;

/// <summary>
/// A person's request for a copy of their data (obligation G3): a ZIP archive built by a worker, downloadable by
/// its owner for <see cref="RetentionPeriod"/>, then deleted. Claims work like a generation job's: a lease, and
/// <see cref="Attempts"/> as the fencing token; a claim that resumes after a crash starts the archive again.
/// </summary>
public sealed class DataExport
{
    public const int MaxAttempts = 3;
    public static readonly TimeSpan RetentionPeriod = TimeSpan.FromDays(7);

    private DataExport()
    {
    }

    public DataExportId Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    public ExportStatus Status { get; private set; }

    /// <summary>Percentage of the personal-data sources written into the archive (0-100).</summary>
    public int Progress { get; private set; }

    /// <summary>How many times a worker claimed the export; the current claim's fencing token.</summary>
    public int Attempts { get; private set; }

    /// <summary>The node whose worker holds or last held the claim (its instance id), for staff and operators.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>When a worker may claim it: at once when queued, and for a running export when its lease runs out.</summary>
    public DateTimeOffset AvailableAt { get; private set; }

    /// <summary>The archive's <c>IFileStore</c> key while it is ready: the archive holds all of the person's data.</summary>
    [PersonalData]
    public string? ArchiveKey { get; private set; }

    public long? ArchiveLength { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? ReadyAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>Queued or running: a person has at most one such export.</summary>
    public bool IsActive => Status is ExportStatus.Queued or ExportStatus.Running;

    public static DataExport Request(AccountId subject, DateTimeOffset now) =>
        new()
        {
            Id = DataExportId.New(),
            SubjectId = subject,
            Status = ExportStatus.Queued,
            AvailableAt = now,
            RequestedAt = now,
        };

    public bool IsDueAt(DateTimeOffset now) => IsActive && AvailableAt <= now;

    /// <summary><see cref="IsDueAt"/> for queries: the exports a worker should look at.</summary>
    public static Expression<Func<DataExport, bool>> DueAt(DateTimeOffset now) =>
        e => (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running) && e.AvailableAt <= now;

    /// <summary>True when the worker that claimed <paramref name="attempt"/> still holds the export.</summary>
    public bool IsHeldBy(int attempt) => Status == ExportStatus.Running && Attempts == attempt;

    /// <summary>Takes the export for one lease; a resumed claim starts from scratch. False when it ran out of attempts (it has failed).</summary>
    public bool Claim(string worker, DateTimeOffset now, TimeSpan lease)
    {
        if (!IsDueAt(now))
        {
            throw new InvalidOperationException("Only a due export may be claimed.");
        }

        if (Attempts >= MaxAttempts)
        {
            Fail("interrupted", now);
            return false;
        }

        Status = ExportStatus.Running;
        Attempts++;
        ClaimedBy = worker;
        Progress = 0;
        StartedAt = now;
        AvailableAt = now + lease;
        return true;
    }

    /// <summary>The worker holding the claim is alive: the export stays its own for another <paramref name="lease"/>.</summary>
    public void RenewLease(DateTimeOffset now, TimeSpan lease) => AvailableAt = now + lease;

    public void RecordProgress(int progress, DateTimeOffset now, TimeSpan lease)
    {
        Progress = Math.Clamp(progress, 0, 99);
        AvailableAt = now + lease;
    }

    public void Complete(string archiveKey, long length, DateTimeOffset now)
    {
        Status = ExportStatus.Ready;
        Progress = 100;
        ArchiveKey = archiveKey;
        ArchiveLength = length;
        ReadyAt = now;
        ExpiresAt = now + RetentionPeriod;
    }

    /// <summary>The attempt failed: queued again at once, or failed for good after <see cref="MaxAttempts"/>.</summary>
    public void RecordFailedAttempt(DateTimeOffset now)
    {
        if (Attempts >= MaxAttempts)
        {
            Fail("archive-failed", now);
            return;
        }

        Status = ExportStatus.Queued;
        Progress = 0;
        AvailableAt = now;
    }

    public bool HasExpiredAt(DateTimeOffset now) => Status == ExportStatus.Ready && ExpiresAt <= now;

    /// <summary>The archive is gone; returns the key of the file to delete.</summary>
    public string? Expire()
    {
        var key = ArchiveKey;
        Status = ExportStatus.Expired;
        ArchiveKey = null;
        return key;
    }

    private void Fail(string reason, DateTimeOffset now)
    {
        Status = ExportStatus.Failed;
        FailureReason = reason;
        ReadyAt = null;
        AvailableAt = now;
    }
}
