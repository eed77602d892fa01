using Pixyer.Infrastructure.Auditing;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>Runs the <see cref="AuditSequencer"/>: committed audit entries join the signed log within one interval. One run at a time per cluster.</summary>
[DisallowConcurrentExecution]
public sealed class AuditSequencerJob(AuditSequencer sequencer) : IJob
{
    public static readonly JobKey Key = new("audit-sequencer", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await sequencer.RunAsync(cancellationToken);
}
