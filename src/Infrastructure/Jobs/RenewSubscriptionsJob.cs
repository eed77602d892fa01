using Quartz;

namespace Pixyer.Infrastructure.Jobs;

[DisallowConcurrentExecution]
public sealed class RenewSubscriptionsJob(SubscriptionRenewer renewer) : IJob
{
    public static readonly JobKey Key = new("renew-subscriptions", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await renewer.RunAsync(cancellationToken);
}
