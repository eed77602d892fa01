using Pixyer.Application.Features.Exports.PurgeExpiredExports;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Deletes export archives past their seven days, a batch per command until none is due.</summary>
[DisallowConcurrentExecution]
public sealed class PurgeExpiredExportsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("purge-expired-exports", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        int purged;
        do
        {
            purged = await system.SendAsync(new PurgeExpiredExportsCommand(), cancellationToken);
        }
        while (purged == PurgeExpiredExportsCommand.BatchSize); // a full batch: more may be due
    }
}
