using Mediator;
using Pixyer.Application.Common.Generation;

namespace Pixyer.Application.Features.Generations.RenewGenerationLease;

public sealed class RenewGenerationLeaseCommandHandler(IGenerationJobLocks locks, TimeProvider clock)
    : ICommandHandler<RenewGenerationLeaseCommand, bool>
{
    public async ValueTask<bool> Handle(RenewGenerationLeaseCommand command, CancellationToken cancellationToken)
    {
        var job = await locks.LockAsync(command.JobId, cancellationToken);
        if (job?.IsHeldBy(command.Attempt) != true)
        {
            return false;
        }

        job.RenewLease(clock.GetUtcNow(), command.Lease);
        return true;
    }
}
