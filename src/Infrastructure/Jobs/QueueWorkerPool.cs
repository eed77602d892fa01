using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// The workers of this node, as many per queue as configured, all taking items at once on every node: each worker
/// claims one item at a time (a row lock that other workers skip, then a lease for long work), works it, and takes
/// the next until none is due; then it waits for its queue's poll interval or a wake-up (<see cref="WakeWorkersJob"/>).
/// </summary>
internal sealed partial class QueueWorkerPool(
    GenerationWorker generation,
    ExportWorker exports,
    ErasureWorker erasure,
    WorkerWakeups wakeups,
    NodeIdentity node,
    IOptions<InfrastructureOptions> options,
    ILogger<QueueWorkerPool> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var jobs = options.Value.Jobs;
        Lane[] lanes =
        [
            new(WorkKind.Generation, jobs.GenerationWorkers ?? Environment.ProcessorCount, jobs.GenerationInterval, generation.RunAsync),
            new(WorkKind.Export, jobs.ExportWorkers, jobs.ExportInterval, exports.RunAsync),
            new(WorkKind.Erasure, jobs.ErasureWorkers, jobs.ErasureInterval, erasure.RunAsync),
        ];
        return Task.WhenAll(lanes.SelectMany(lane => Enumerable.Range(0, lane.Workers).Select(_ => WorkAsync(lane, stoppingToken))));
    }

    private async Task WorkAsync(Lane lane, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = wakeups.NextAsync(lane.Queue);
            try
            {
                // Not cancelled by shutdown: the item in hand is finished first (the loop checks for shutdown between items).
                await lane.Drain(node.Id, CancellationToken.None);
            }
            catch (Exception exception)
            {
                // The database may be down: the worker looks again after its interval. The type only, as a message may quote data.
                LogDrainFailed(lane.Queue, exception.GetType().Name);
            }

            await WaitAsync(woken, lane.Interval, stoppingToken);
        }
    }

    /// <summary>Until a wake-up, the interval (none when zero) or shutdown, whichever comes first.</summary>
    private static Task<Task> WaitAsync(Task woken, TimeSpan interval, CancellationToken stoppingToken) =>
        Task.WhenAny(woken, Task.Delay(interval > TimeSpan.Zero ? interval : Timeout.InfiniteTimeSpan, stoppingToken));

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Queue} worker stopped on {ErrorType}; it looks again after its interval")]
    private partial void LogDrainFailed(WorkKind queue, string errorType);

    private sealed record Lane(WorkKind Queue, int Workers, TimeSpan Interval, Func<string, CancellationToken, Task<int>> Drain);
}
