using Pixyer.Application.Features.Inquiries.PurgeAnonymousInquiries;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Forgets anonymous inquiries past their retention (C7, R1).</summary>
[DisallowConcurrentExecution]
public sealed class PurgeAnonymousInquiriesJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("purge-anonymous-inquiries", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await system.SendAsync(new PurgeAnonymousInquiriesCommand(), cancellationToken);
}
