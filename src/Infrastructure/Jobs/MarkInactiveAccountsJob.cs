using Pixyer.Application.Features.Accounts.MarkInactiveAccounts;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

[DisallowConcurrentExecution]
public sealed class MarkInactiveAccountsJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("mark-inactive-accounts", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        InactivityReport report;
        do
        {
            report = await system.SendAsync(new MarkInactiveAccountsCommand(), cancellationToken);
        }
        while (report.MoreToWarn);
    }
}
