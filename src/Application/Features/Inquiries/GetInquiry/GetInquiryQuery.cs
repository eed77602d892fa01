using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.GetInquiry;

/// <summary>
/// Obligation C7: the requester reads their thread, signed in or with the mailed token (also its download). Another
/// person's inquiry, or a wrong token, answers 404.
/// </summary>
[Access(AccessLevel.Anonymous)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries)]
public sealed record GetInquiryQuery(Guid Id, string? Token) : IQuery<InquiryDto>
{
    public override string ToString() => nameof(GetInquiryQuery);
}
