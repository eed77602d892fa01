using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Deletion.RequestMyDeletion;

/// <summary>
/// Obligations G2, G7: delete my account, confirmed with my password. The account is deactivated at once and erased
/// by the erasure job; the mailed token reads the certificate. Allowed before accepting a new policy: a person may
/// leave instead of accepting it.
/// </summary>
[Access(AccessLevel.Authenticated)]
[AllowedBeforePolicyAcceptance]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact, DataCategory.Credentials,
    DataCategory.Uploads, DataCategory.GeneratedAssets, DataCategory.DeviceAndAccess, DataCategory.Consents)]
public sealed record RequestMyDeletionCommand(string Password) : ICommand<DeletionRequestDto>
{
    public override string ToString() => nameof(RequestMyDeletionCommand);
}
