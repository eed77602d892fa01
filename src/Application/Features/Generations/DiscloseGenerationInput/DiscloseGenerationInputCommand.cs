using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Generations.DiscloseGenerationInput;

/// <summary>
/// Obligations S1, X1, worker step 2 when the generator is an external provider: records that the owner's photo
/// goes to <paramref name="RecipientKey"/> for <paramref name="Format"/>, and commits it BEFORE the photo is sent.
/// The register's checks (recipient active, data declared for its category, transfer mechanism) are thereby also
/// the permission to send; a call that then fails stays recorded, as the photo may have left all the same.
/// Refused (409) when the worker no longer holds the claim <paramref name="Attempt"/>.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads)]
public sealed record DiscloseGenerationInputCommand(Guid JobId, int Attempt, string Format, string RecipientKey) : ICommand<GenerationInputDisclosed>;

public sealed record GenerationInputDisclosed(Guid DisclosureId, Guid OwnerId) : IHasAuditSubject
{
    public Guid? AuditSubjectId => OwnerId;
}
