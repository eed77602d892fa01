using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Disclosures.ListSubjectDisclosures;

/// <summary>Obligations S1, S3: staff read the disclosures of one subject (e.g. to answer a request); the reading is audited.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Disclosures)]
public sealed record ListSubjectDisclosuresQuery(Guid SubjectId, PageRequest Page) : IQuery<Paged<DisclosureDto>>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;
}
