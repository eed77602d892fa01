using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Features.Uploads.GetUploadFile;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.GetInquiryAttachment;

/// <summary>Obligation C7: the image of a message in the requester's thread (signed in, or with the mailed token); else 404.</summary>
[Access(AccessLevel.Anonymous)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries)]
public sealed record GetInquiryAttachmentQuery(Guid Id, Guid MessageId, string? Token) : IQuery<UploadFile>
{
    public override string ToString() => nameof(GetInquiryAttachmentQuery);
}
