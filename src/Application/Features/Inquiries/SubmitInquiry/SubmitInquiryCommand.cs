using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;
using Pixyer.Application.Common;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.SubmitInquiry;

/// <summary>
/// Obligations C7, Q1, U4: a question, complaint, privacy request or after-sales request to support, with its first
/// message. Signed in, it names the account and enters the staff queue at once; anonymously it needs a name and an
/// address, which is mailed a signed link to verify it, and reaches staff only after that.
/// </summary>
[Access(AccessLevel.Anonymous)]
[AllowedBeforePolicyAcceptance]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries, DataCategory.Contact)]
public sealed record SubmitInquiryCommand([property: WireNameOf<InquiryKind>] string Kind, string Subject, string Message, string? Name, string? Email) : ICommand<InquiryDto>
{
    public override string ToString() => nameof(SubmitInquiryCommand);
}
