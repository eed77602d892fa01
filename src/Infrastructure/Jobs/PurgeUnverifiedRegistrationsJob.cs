using Pixyer.Application.Features.Accounts.PurgeUnverifiedRegistrations;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Erases registrations unverified for seven days, a batch per command until none is due.</summary>
[DisallowConcurrentExecution]
public sealed class PurgeUnverifiedRegistrationsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("purge-unverified-registrations", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        int purged;
        do
        {
            purged = await system.SendAsync(new PurgeUnverifiedRegistrationsCommand(), cancellationToken);
        }
        while (purged == PurgeUnverifiedRegistrationsCommand.BatchSize); // a full batch: more may be due
    }
}
