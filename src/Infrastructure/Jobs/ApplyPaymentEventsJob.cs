using Pixyer.Application.Features.PaymentEvents.ApplyPaymentEvents;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Applies the payment gateway's received webhook events, batch after batch, until the inbox is empty.</summary>
[DisallowConcurrentExecution]
public sealed class ApplyPaymentEventsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("apply-payment-events", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        while (await system.SendAsync(new ApplyPaymentEventsCommand(), cancellationToken) == ApplyPaymentEventsCommand.DefaultBatchSize)
        {
        }
    }
}
