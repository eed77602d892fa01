using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.RightsRequests.ListRightsRequests;

/// <summary>
/// Rights requests and their deadlines (export, deletion, correction, guardian), the oldest due first; with
/// <paramref name="Overdue"/> only the open ones past their due date. Reads many people's requests, so it is audited.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record ListRightsRequestsQuery(bool Overdue, string? Kind, PageRequest Page) : IQuery<Paged<RightsRequestDto>>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
