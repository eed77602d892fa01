using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Runs the <see cref="ExpiredAccountsAnonymizer"/>; one run at a time per cluster.</summary>
[DisallowConcurrentExecution]
public sealed class AnonymizeExpiredAccountsJob(ExpiredAccountsAnonymizer anonymizer) : IJob
{
    public static readonly JobKey Key = new("anonymize-expired-accounts", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await anonymizer.RunAsync(cancellationToken);
}
