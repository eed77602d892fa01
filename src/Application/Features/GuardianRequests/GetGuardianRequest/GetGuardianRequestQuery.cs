using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.GuardianRequests.GetGuardianRequest;

/// <summary>
/// Obligation A2: one guardian request, with whether the minor's account was found, for staff to verify it. Audited,
/// with the matched account as its subject.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity, DataCategory.Contact)]
public sealed record GetGuardianRequestQuery(Guid Id) : IQuery<GuardianRequestDto>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
