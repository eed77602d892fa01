using Pixyer.Application.Common.Jobs;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Wakes the idle workers of one queue on the node it fires on, and returns: the workers claim the items
/// themselves, per item, on every node, so a run of this job never holds the queue.
/// </summary>
public sealed class WakeWorkersJob(WorkerWakeups wakeups) : IJob
{
    public static readonly JobKey Generation = new(WorkerJobKeys.Generation, QuartzJobScheduler.Group);
    public static readonly JobKey Export = new(WorkerJobKeys.Export, QuartzJobScheduler.Group);
    public static readonly JobKey Erasure = new(WorkerJobKeys.Erasure, QuartzJobScheduler.Group);

    public static readonly IReadOnlyDictionary<JobKey, WorkKind> Kinds =
        new Dictionary<JobKey, WorkKind> { [Generation] = WorkKind.Generation, [Export] = WorkKind.Export, [Erasure] = WorkKind.Erasure };

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        wakeups.Wake(Kinds[context.JobDetail.Key]);
        return ValueTask.CompletedTask;
    }
}
