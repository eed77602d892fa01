using System.Linq.Expressions;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Uploads;

namespace Pixyer.Domain.Generation;

/// <summary>
/// A request to turn one upload into marketing visuals, one per format (obligations C3, U2). It is a row that
/// workers claim with a lease: a worker that stops mid-job loses its claim when the lease runs out, and the next
/// claim resumes with the formats that have no asset yet. <see cref="Attempts"/> doubles as the claim's fencing
/// token: a step is accepted only from the worker that holds the current attempt.
/// </summary>
public sealed class GenerationJob
{
    public const int MaxAttempts = 3;
    public const int MaxHeadlineLength = 80;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    private GenerationJob()
    {
    }

    public GenerationJobId Id { get; private set; }

    public AccountId OwnerId { get; private set; }

    /// <summary>The upload the visuals are made from; null once that upload has been deleted.</summary>
    public UploadId? UploadId { get; private set; }

    public string Template { get; private set; } = "";

    /// <summary>The requested format names, in the order they were asked for.</summary>
    public IReadOnlyList<string> Formats { get; private set; } = [];

    /// <summary>The formats whose asset is stored, in the order they were rendered.</summary>
    public IReadOnlyList<string> RenderedFormats { get; private set; } = [];

    /// <summary>Text the person asked to be drawn on the visuals; it may say anything about them.</summary>
    [PersonalData]
    public string? Headline { get; private set; }

    public GenerationStatus Status { get; private set; }

    /// <summary>Percentage of the formats whose asset is stored (0-100).</summary>
    public int Progress { get; private set; }

    /// <summary>How many times a worker claimed the job; the current claim's fencing token.</summary>
    public int Attempts { get; private set; }

    /// <summary>The node whose worker holds or last held the claim (its instance id), for staff and operators.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>
    /// When a worker may claim the job: at once when queued, after a delay when retried, and for a running job
    /// when its lease expires (its worker is then presumed dead).
    /// </summary>
    public DateTimeOffset AvailableAt { get; private set; }

    /// <summary>One of <see cref="GenerationFailures"/> once the job has failed.</summary>
    public string? FailureReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The formats still to render, in the order they were asked for: what a resumed claim picks up.</summary>
    public IReadOnlyList<string> RemainingFormats =>
        Formats.Except(RenderedFormats, StringComparer.Ordinal).ToList();

    public static GenerationJob Queue(
        AccountId ownerId, UploadId uploadId, string template, IReadOnlyCollection<string> formats, string? headline, DateTimeOffset now)
    {
        if (formats.Count == 0 || formats.Distinct(StringComparer.Ordinal).Count() != formats.Count)
        {
            throw new ArgumentException("A job needs one or more distinct formats.", nameof(formats));
        }

        return new GenerationJob
        {
            Id = GenerationJobId.New(),
            OwnerId = ownerId,
            UploadId = uploadId,
            Template = template,
            Formats = [.. formats],
            Headline = headline,
            Status = GenerationStatus.Queued,
            AvailableAt = now,
            CreatedAt = now,
        };
    }

    /// <summary>Jobs a worker should look at: queued or running, and available.</summary>
    public static Expression<Func<GenerationJob, bool>> DueAt(DateTimeOffset now) =>
        j => (j.Status == GenerationStatus.Queued || j.Status == GenerationStatus.Running) && j.AvailableAt <= now;

    /// <summary>True when the worker that claimed <paramref name="attempt"/> still holds the job.</summary>
    public bool IsHeldBy(int attempt) => Status == GenerationStatus.Running && Attempts == attempt;

    /// <summary>The reason a due job cannot be claimed again, or null when it can.</summary>
    public string? WhyNotClaimable() =>
        UploadId is null ? GenerationFailures.UploadDeleted
        : Attempts >= MaxAttempts ? GenerationFailures.Interrupted
        : null;

    public void Claim(string worker, DateTimeOffset now, TimeSpan lease)
    {
        if (Status is not (GenerationStatus.Queued or GenerationStatus.Running) || AvailableAt > now || WhyNotClaimable() is not null)
        {
            throw new InvalidOperationException("Only a due job that can still run may be claimed.");
        }

        Status = GenerationStatus.Running;
        Attempts++;
        ClaimedBy = worker;
        AvailableAt = now + lease;
    }

    /// <summary>The worker holding the claim is alive: the job stays its own for another <paramref name="lease"/>.</summary>
    public void RenewLease(DateTimeOffset now, TimeSpan lease)
    {
        if (Status != GenerationStatus.Running)
        {
            throw new InvalidOperationException("Only a running job has a lease to renew.");
        }

        AvailableAt = now + lease;
    }

    /// <summary>
    /// The asset of <paramref name="format"/> is stored: the job moves on and its lease is renewed for the next format;
    /// with the last one it has succeeded.
    /// </summary>
    public void RecordRendered(string format, DateTimeOffset now, TimeSpan lease)
    {
        if (!RemainingFormats.Contains(format, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"Format '{format}' is not one this job still has to render.");
        }

        RenderedFormats = [.. RenderedFormats, format];
        var total = Formats.Count;
        var done = total - RemainingFormats.Count;
        if (done == total)
        {
            Status = GenerationStatus.Succeeded;
            Progress = 100;
            CompletedAt = now;
            return;
        }

        Progress = done * 100 / total;
        AvailableAt = now + lease;
    }

    /// <summary>The attempt failed: the job is retried after a delay, or has failed once it ran out of attempts.</summary>
    public void RecordFailedAttempt(DateTimeOffset now)
    {
        if (Attempts >= MaxAttempts)
        {
            Fail(GenerationFailures.RenderingFailed, now);
            return;
        }

        Status = GenerationStatus.Queued;
        AvailableAt = now + (RetryDelay * Attempts);
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Status = GenerationStatus.Failed;
        FailureReason = reason;
        CompletedAt = now;
    }
}
