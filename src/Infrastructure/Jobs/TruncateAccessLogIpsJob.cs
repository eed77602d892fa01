using Pixyer.Application.Features.AccessLog.TruncateAccessLogIps;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Truncates the access log's IP addresses once they are 30 days old, a batch per command until none is due.</summary>
[DisallowConcurrentExecution]
public sealed class TruncateAccessLogIpsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("truncate-access-log-ips", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        int truncated;
        do
        {
            truncated = await system.SendAsync(new TruncateAccessLogIpsCommand(), cancellationToken);
        }
        while (truncated == TruncateAccessLogIpsCommand.BatchSize); // a full batch: more may be due
    }
}
