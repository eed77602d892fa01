using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Runs the <see cref="BusinessTransferRunner"/>; one run at a time per cluster.</summary>
[DisallowConcurrentExecution]
public sealed class BusinessTransferJob(BusinessTransferRunner runner) : IJob
{
    public static readonly JobKey Key = new("business-transfers", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runner.RunAsync(cancellationToken);
}
