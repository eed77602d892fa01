using Pixyer.Application.Common.Jobs;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

internal sealed class QuartzJobScheduler(ISchedulerFactory schedulers, RegisteredJobs registered) : IJobScheduler
{
    public const string Group = "pixyer";

    public async Task<IReadOnlyList<ScheduledJob>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobs = new List<ScheduledJob>();
        // A clustered store may still hold a job an older version registered: it is not this version's to list.
        var keys = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), cancellationToken)).Where(key => registered.Keys.Contains(key.Name));
        foreach (var key in keys)
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
