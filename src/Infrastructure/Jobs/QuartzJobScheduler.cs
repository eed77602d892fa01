using Pixyer.Application.Common.Jobs;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

internal sealed class QuartzJobScheduler(ISchedulerFactory schedulers) : IJobScheduler
{
    public const string Group = "pixyer";

    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobs = new List<ScheduledJob>();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken))
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            // The repeating trigger; manual firings are one-shot triggers that carry no interval.
            var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
            var repeating = triggers.OfType<ISimpleTrigger>().FirstOrDefault(t => t.RepeatInterval > TimeSpan.Zero);
            jobs.Add(new ScheduledJob(key.Name, detail?.Description, repeating?.RepeatInterval, repeating?.NextFireTimeUtc));
        }

        return jobs;
    }

    public async Task<bool> TriggerAsync(string key, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = new JobKey(key, Group);
        if (!await scheduler.Exists(jobKey, cancellationToken))
        {
            return false;
        }

        await scheduler.TriggerJob(jobKey, cancellationToken);
        return true;
    }
}
