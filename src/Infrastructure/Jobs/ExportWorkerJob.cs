using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Runs the <see cref="ExportWorker"/> until no export is due; one run at a time per cluster.</summary>
[DisallowConcurrentExecution]
public sealed class ExportWorkerJob(ExportWorker worker) : IJob
{
    public static readonly JobKey Key = new("export-worker", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await worker.RunAsync(cancellationToken);
}
