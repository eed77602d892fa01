using Pixyer.Application.Features.Campaigns.QueueCampaignMails;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Queues the mails of sent campaigns, one committed batch after another, until none is left to queue.</summary>
[DisallowConcurrentExecution]
public sealed class CampaignMailsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("campaign-mails", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        while (await system.SendAsync(new QueueCampaignMailsCommand(), cancellationToken) > 0)
        {
        }
    }
}
