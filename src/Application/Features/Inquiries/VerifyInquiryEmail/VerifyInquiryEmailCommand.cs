using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.VerifyInquiryEmail;

/// <summary>
/// Obligation Q1: an anonymous requester opened the mailed link, so the address is theirs: the inquiry joins the staff
/// queue and its response deadline starts. Opening it again changes nothing; a wrong token answers 404.
/// </summary>
[Access(AccessLevel.Anonymous)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Contact)]
public sealed record VerifyInquiryEmailCommand(Guid Id, string Token) : ICommand<InquiryDto>
{
    public override string ToString() => nameof(VerifyInquiryEmailCommand);
}
