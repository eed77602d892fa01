using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalHolds.ListLegalHolds;

/// <summary>Obligation G6: a subject's holds, active and lifted, newest first. Reading them is audited (P1).</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record ListLegalHoldsQuery(Guid SubjectId, PageRequest Page) : IQuery<Paged<LegalHoldDto>>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}
