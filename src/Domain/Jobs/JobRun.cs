using Pixyer.Domain.Common;

namespace Pixyer.Domain.Jobs;

/// <summary>
/// The latest run of a background job, one row per job, as staff see it at <c>/admin/jobs</c>. Only the latest is
/// kept: the frequent jobs (outbox delivery every few seconds) would otherwise pile up rows no one reads; failures
/// also reach the logs. No personal data: job key, times, outcome, the error's type (never its message) and node.
/// </summary>
public sealed class JobRun
{
    public const int KeyMaxLength = 64;
    public const int OutcomeMaxLength = 16;

    /// <summary>The longest error type and node name kept; a longer one is cut.</summary>
    public const int ErrorTypeMaxLength = 128;

    public const int NodeMaxLength = 128;

    private JobRun()
    {
    }

    public string JobKey { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public JobOutcome Outcome { get; private set; }

    public string? ErrorType { get; private set; }

    public string Node { get; private set; } = "";

    public static JobRun Begin(string jobKey, string node, DateTimeOffset now) =>
        new() { JobKey = jobKey, Node = TextBounds.Cut(node, NodeMaxLength), StartedAt = now, Outcome = JobOutcome.Running };

    public void Restart(string node, DateTimeOffset now)
    {
        Node = TextBounds.Cut(node, NodeMaxLength);
        StartedAt = now;
        FinishedAt = null;
        Outcome = JobOutcome.Running;
        ErrorType = null;
    }

    public void Finish(DateTimeOffset now, string? errorType)
    {
        FinishedAt = now;
        Outcome = errorType is null ? JobOutcome.Succeeded : JobOutcome.Failed;
        ErrorType = TextBounds.Cut(errorType, ErrorTypeMaxLength);
    }
}
