using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.ListInquiries;

/// <summary>
/// Obligations Q1, U4: the support queue, the oldest due first; by status, and with <paramref name="Overdue"/> only the
/// unanswered ones past their due date. Anonymous inquiries appear once their address is verified. Audited.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries)]
public sealed record ListInquiriesQuery(string? Status, bool Overdue, PageRequest Page) : IQuery<Paged<InquirySummaryDto>>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
