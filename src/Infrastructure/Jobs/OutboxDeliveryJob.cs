using Pixyer.Application.Features.Outbox.CountDueMessages;
using Pixyer.Application.Features.Outbox.DeliverOutbox;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Delivers due outbox messages. One run at a time per cluster; rows are claimed with SKIP LOCKED besides.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("outbox-delivery", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        while (await system.QueryAsync(new CountDueOutboxMessagesQuery(), cancellationToken) > 0)
        {
            var report = await system.SendAsync(new DeliverOutboxCommand(), cancellationToken);
            if (report.Sent == 0)
            {
                // Everything due failed and is waiting for its retry time; the next run tries again.
                return;
            }
        }
    }
}
