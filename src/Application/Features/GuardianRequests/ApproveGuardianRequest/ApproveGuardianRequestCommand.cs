using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.GuardianRequests.ApproveGuardianRequest;

/// <summary>
/// Obligation A2: staff verified the guardian; the minor's account is deleted exactly as if its holder had asked
/// (deactivated now, erased by the erasure job) under the guardian request's id and deadline. The guardian is mailed
/// the certificate token, the account holder their own notice. 422 <c>no-matching-account</c> when the request names
/// no account; 409 when it was already decided or the account's deletion is already under way.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(
    ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact, DataCategory.Credentials,
    DataCategory.Uploads, DataCategory.GeneratedAssets, DataCategory.DeviceAndAccess, DataCategory.Consents)]
public sealed record ApproveGuardianRequestCommand(Guid Id) : ICommand<GuardianRequestDto>;
