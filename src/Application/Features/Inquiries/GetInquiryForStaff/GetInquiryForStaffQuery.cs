using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.GetInquiryForStaff;

/// <summary>Obligations C7, U4: staff read a thread in their queue (an unverified anonymous one answers 404). Audited.</summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries, DataCategory.Contact)]
public sealed record GetInquiryForStaffQuery(Guid Id) : IQuery<StaffInquiryDto>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
