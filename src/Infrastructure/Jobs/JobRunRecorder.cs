using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pixyer.Domain.Jobs;
using Pixyer.Infrastructure.Persistence;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Records each job's latest run (start, end, outcome, node) for the staff job list. Bookkeeping outside the
/// mediator, like the access log: it must never fail a job, so a failed write is logged and dropped.
/// </summary>
internal sealed partial class JobRunRecorder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunRecorder> logger) : IJobListener
{
    public string Name => "job-runs";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await RecordAsync(context, run => run.Restart(context.Scheduler.SchedulerInstanceId, clock.GetUtcNow()), cancellationToken);

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(
        IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        await RecordAsync(context, run => run.Finish(clock.GetUtcNow(), ErrorType(jobException)), cancellationToken);

    private static string? ErrorType(JobExecutionException? exception) =>
        exception is null ? null : (exception.InnerException ?? exception).GetType().Name;

    private async Task RecordAsync(IJobExecutionContext context, Action<JobRun> change, CancellationToken cancellationToken)
    {
        var key = context.JobDetail.Key.Name;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
            var run = await db.Set<JobRun>().FirstOrDefaultAsync(r => r.JobKey == key, cancellationToken);
            if (run is null)
            {
                run = JobRun.Begin(key, context.Scheduler.SchedulerInstanceId, clock.GetUtcNow());
                db.Add(run);
            }

            change(run);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException or InvalidOperationException or OperationCanceledException)
        {
            LogNotRecorded(logger, key, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The run of job {JobKey} was not recorded ({ErrorType}).")]
    private static partial void LogNotRecorded(ILogger logger, string jobKey, string errorType);
}
