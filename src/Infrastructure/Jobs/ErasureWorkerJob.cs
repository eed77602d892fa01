using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Runs the <see cref="ErasureWorker"/> until no deletion request has a step due; one run at a time per cluster.</summary>
[DisallowConcurrentExecution]
public sealed class ErasureWorkerJob(ErasureWorker worker) : IJob
{
    public static readonly JobKey Key = new("erasure-worker", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await worker.RunAsync(cancellationToken);
}
