using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.LegalRequests.GetLegalRequest;

/// <summary>Obligation E1: one legal request with its document's hash, decision and timeline. Support may read; audited.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin | Roles.Support)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record GetLegalRequestQuery(Guid Id) : IQuery<LegalRequestDto>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => Id;
}
