using Pixyer.Application.Features.Backups.PurgeExpiredBackups;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

[DisallowConcurrentExecution]
public sealed class PurgeExpiredBackupsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("purge-expired-backups", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await system.SendAsync(new PurgeExpiredBackupsCommand(), cancellationToken);
}
