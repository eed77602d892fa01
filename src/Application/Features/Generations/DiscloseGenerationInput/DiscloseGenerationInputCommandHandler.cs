using Mediator;
using Pixyer.Application.Common.Disclosures;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Generation;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.DiscloseGenerationInput;

public sealed class DiscloseGenerationInputCommandHandler(IGenerationJobLocks locks, IDisclosureRegister disclosures)
    : ICommandHandler<DiscloseGenerationInputCommand, GenerationInputDisclosed>
{
    public async ValueTask<GenerationInputDisclosed> Handle(DiscloseGenerationInputCommand command, CancellationToken cancellationToken)
    {
        var job = await locks.LockAsync(command.JobId, cancellationToken) ?? throw new NotFoundException("generation");
        if (!job.IsHeldBy(command.Attempt))
        {
            throw new ConflictException("Another worker's claim has taken over this generation job.");
        }

        var disclosure = await disclosures.RecordAsync(
            job.OwnerId, command.RecipientKey, ProcessingPurpose.ServiceProvision, LegalBasis.Contract, [DataCategory.Uploads],
            $"generation:{job.Id}:{command.Format}", cancellationToken);
        return new GenerationInputDisclosed(disclosure.Id.Value, job.OwnerId.Value);
    }
}
