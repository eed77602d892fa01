namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Wakes all of a node's idle workers of one queue at once. Holds nothing: a wake-up that finds every worker busy
/// is lost, which is harmless, since a worker looks at the queue again after each item.
/// </summary>
public sealed class WorkerWakeups
{
    private readonly TaskCompletionSource[] next = [.. Enum.GetValues<WorkKind>().Select(_ => NewSignal())];

    /// <summary>Completes at the next <see cref="Wake"/> of <paramref name="queue"/>; take it before looking at the queue.</summary>
    public Task NextAsync(WorkKind queue) => Volatile.Read(ref next[(int)queue]).Task;

    public void Wake(WorkKind queue) => Interlocked.Exchange(ref next[(int)queue], NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
