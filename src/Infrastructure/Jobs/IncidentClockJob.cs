using Pixyer.Application.Features.Incidents.RemindOfRegulatorReports;
using Quartz;

namespace Pixyer.Infrastructure.Jobs;

[DisallowConcurrentExecution]
public sealed class IncidentClockJob(SystemCommands system) : IJob
{
    public static readonly JobKey Key = new("incident-clock", QuartzJobScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await system.SendAsync(new RemindOfRegulatorReportsCommand(), cancellationToken);
}
