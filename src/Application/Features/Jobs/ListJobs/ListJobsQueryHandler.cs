using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Jobs;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Jobs.ListJobs;

public sealed class ListJobsQueryHandler(IJobScheduler scheduler, IAppDbContext db) : IQueryHandler<ListJobsQuery, IReadOnlyList<JobDto>>
{
    public async ValueTask<IReadOnlyList<JobDto>> Handle(ListJobsQuery query, CancellationToken cancellationToken)
    {
        var jobs = await scheduler.ListAsync(cancellationToken);
        var runs = await db.JobRuns.AsNoTracking().ToDictionaryAsync(r => r.JobKey, cancellationToken);
        return jobs
            .OrderBy(j => j.Key, StringComparer.Ordinal)
            .Select(j => new JobDto(
                j.Key,
                j.Description,
                j.Interval?.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
                j.NextFireAt,
                runs.TryGetValue(j.Key, out var run)
                    ? new JobRunDto(run.StartedAt, run.FinishedAt, WireNames.Of(run.Outcome), run.ErrorType, run.Node)
                    : null))
            .ToList();
    }
}
