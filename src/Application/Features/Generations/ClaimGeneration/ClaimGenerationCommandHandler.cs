using Mediator;
using Pixyer.Application.Common.Generation;

namespace Pixyer.Application.Features.Generations.ClaimGeneration;

public sealed class ClaimGenerationCommandHandler(IGenerationJobLocks locks, IImageGenerator generator, TimeProvider clock)
    : ICommandHandler<ClaimGenerationCommand, GenerationClaim?>
{
    public async ValueTask<GenerationClaim?> Handle(ClaimGenerationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var job = await locks.NextDueAsync(now, cancellationToken);
        if (job is null)
        {
            return null;
        }

        if (job.WhyNotClaimable() is { } reason)
        {
            job.Fail(reason, now);
            return new GenerationClaim(job.Id.Value, job.OwnerId.Value, job.Attempts, [], reason, null);
        }

        job.Claim(command.Worker, now, command.Lease);
        return new GenerationClaim(job.Id.Value, job.OwnerId.Value, job.Attempts, job.RemainingFormats, null, generator.RecipientKey);
    }
}
