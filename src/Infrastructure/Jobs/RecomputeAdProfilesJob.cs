using Pixyer.Application.Features.Advertising.RecomputeAdProfiles;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

[DisallowConcurrentExecution]
public sealed class RecomputeAdProfilesJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("recompute-ad-profiles", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await system.SendAsync(new RecomputeAdProfilesCommand(), cancellationToken);
}
