using Pixyer.Application.Features.Invoices.PurgeExpiredBillingRecords;
using Pixyer.Application.Features.Maintenance.PurgeExpiredRecords;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

[DisallowConcurrentExecution]
public sealed class PurgeExpiredRecordsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("purge-expired-records", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await system.SendAsync(new PurgeExpiredRecordsCommand(), cancellationToken);
        await system.SendAsync(new PurgeExpiredBillingRecordsCommand(), cancellationToken);
    }
}
