using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.GuardianRequests.RejectGuardianRequest;

/// <summary>
/// Obligation A2: staff could not verify the guardian (or found no account); the guardian is mailed the reason, the
/// request's deadline closes, and what named the minor is redacted. 409 when it was already decided.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Contact)]
public sealed record RejectGuardianRequestCommand(Guid Id, string Reason) : ICommand<GuardianRequestDto>
{
    public override string ToString() => $"{nameof(RejectGuardianRequestCommand)} {{ Id = {Id} }}";
}
