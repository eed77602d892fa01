using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Features.Generations.StoreGeneratedAsset;

namespace Pixyer.Application.Features.Generations.RecordGenerationFailure;

public sealed class RecordGenerationFailureCommandHandler(IGenerationJobLocks locks, TimeProvider clock)
    : ICommandHandler<RecordGenerationFailureCommand, GenerationStep>
{
    public async ValueTask<GenerationStep> Handle(RecordGenerationFailureCommand command, CancellationToken cancellationToken)
    {
        var job = await locks.LockAsync(command.JobId, cancellationToken) ?? throw new NotFoundException("generation");
        if (job.IsHeldBy(command.Attempt))
        {
            job.RecordFailedAttempt(clock.GetUtcNow());
        }

        return new GenerationStep(job.Id.Value, job.OwnerId.Value, WireNames.Of(job.Status), job.Progress);
    }
}
