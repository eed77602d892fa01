using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Uploads.GetUploadFile;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.GetInquiryAttachmentForStaff;

/// <summary>Obligations C7, U4: staff view the image of a message in a thread of their queue. Audited.</summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries)]
public sealed record GetInquiryAttachmentForStaffQuery(Guid Id, Guid MessageId) : IQuery<UploadFile>, IAuditedQuery
{
    Guid? IHasAuditSubject.AuditSubjectId => null;
}
