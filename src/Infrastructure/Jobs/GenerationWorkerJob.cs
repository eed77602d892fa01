using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Runs the <see cref="GenerationWorker"/> until the queue is empty. With the clustered store, Quartz runs this job
/// on one node at a time, which keeps rendering from starving the API on small machines; the claims are safe
/// without that (SKIP LOCKED, fencing), so lifting it lets more nodes render in parallel.
/// </summary>
[DisallowConcurrentExecution]
public sealed class GenerationWorkerJob(GenerationWorker worker) : IJob
{
    public static readonly JobKey Key = new("generation-worker", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await worker.RunAsync(GenerationWorker.ProcessName, cancellationToken);
}
