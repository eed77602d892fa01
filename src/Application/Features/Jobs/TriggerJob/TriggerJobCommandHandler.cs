using Mediator;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Jobs;

namespace Pixyer.Application.Features.Jobs.TriggerJob;

/// <summary>The firing is stored by the scheduler itself, outside this command's transaction; the audit entry records the request.</summary>
public sealed class TriggerJobCommandHandler(IJobScheduler scheduler) : ICommandHandler<TriggerJobCommand, JobTriggered>
{
    public async ValueTask<JobTriggered> Handle(TriggerJobCommand command, CancellationToken cancellationToken) =>
        await scheduler.TriggerAsync(command.Key, cancellationToken)
            ? new JobTriggered(command.Key)
            : throw new NotFoundException("job");
}
