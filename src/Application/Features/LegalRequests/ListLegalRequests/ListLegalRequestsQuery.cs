using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalRequests.ListLegalRequests;

/// <summary>
/// Obligation E1: the legal requests, newest received first, optionally by status (received, approved, refused), by a
/// subject of their scope or by authority (its recipient id). Support may read; the reading is audited.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin | Roles.Support)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record ListLegalRequestsQuery(PageRequest Page, string? Status, Guid? SubjectId, Guid? AuthorityId)
    : IQuery<Paged<LegalRequestDto>>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
