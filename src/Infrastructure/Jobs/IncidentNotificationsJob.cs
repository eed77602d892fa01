using Microsoft.Extensions.Options;
using Pixyer.Application;
using Pixyer.Application.Features.Incidents.SendIncidentNotifications;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Tells the people incidents affected, one committed batch after another, until nobody is left to tell.</summary>
[DisallowConcurrentExecution]
public sealed class IncidentNotificationsJob(SystemCommands system, IOptions<PixyerOptions> options) : IJob
{
    public static readonly JobKey Key = new("incident-notifications", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var batch = new SendIncidentNotificationsCommand(options.Value.Incidents.NotificationBatchSize);
        while (await system.SendAsync(batch, cancellationToken) > 0)
        {
        }
    }
}
