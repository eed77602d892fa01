using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.GuardianRequests.ListGuardianRequests;

/// <summary>Obligation A2: staff's queue of guardian requests, the oldest first, optionally by status. Audited.</summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record ListGuardianRequestsQuery(string? Status, PageRequest Page) : IQuery<Paged<GuardianRequestSummary>>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
