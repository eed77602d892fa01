namespace Pixyer.Application.Common.Jobs;

/// <summary>A background job as the scheduler holds it; <paramref name="Interval"/> is null for a job run only by hand.</summary>
public sealed record ScheduledJob(string Key, string? Description, TimeSpan? Interval, DateTimeOffset? NextFireAt)
{
    /// <summary>The longest description a job is registered with.</summary>
    public const int DescriptionMaxLength = 200;

    /// <summary>The longest interval text in the constant format ("c"): <see cref="TimeSpan.MinValue"/>'s, -10675199.02:48:05.4775808.</summary>
    public const int IntervalTextMaxLength = 26;
}

/// <summary>The keys of the background jobs this version registers: the jobs the scheduler lists, and no others.</summary>
public sealed record RegisteredJobs(IReadOnlyList<string> Keys);

/// <summary>The scheduler of the background jobs, as staff operate it.</summary>
public interface IJobScheduler
{
    Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Fires the job now, on whichever node picks it up; false when no job has that key.</summary>
    Task<bool> TriggerAsync(string key, CancellationToken cancellationToken);
}
