using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.PostInquiryMessage;

/// <summary>
/// Obligation C7: the requester adds a message to their thread (signed in, or with the mailed token), optionally with
/// an image that goes through the upload checks (type from the bytes, size, re-encoding without metadata). It reopens
/// a thread staff answered or asked back about; a closed thread answers 422.
/// </summary>
[Access(AccessLevel.Anonymous)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries)]
public sealed record PostInquiryMessageCommand(Guid Id, string? Token, string Text, InquiryImage? Image) : ICommand<InquiryDto>
{
    public override string ToString() => nameof(PostInquiryMessageCommand);
}
