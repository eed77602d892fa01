using Pixyer.Application.Features.GuardianRequests.PurgeGuardianRequests;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Deletes guardian requests decided more than three years ago (A2 retention).</summary>
[DisallowConcurrentExecution]
public sealed class PurgeGuardianRequestsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("purge-guardian-requests", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await system.SendAsync(new PurgeGuardianRequestsCommand(), cancellationToken);
}
