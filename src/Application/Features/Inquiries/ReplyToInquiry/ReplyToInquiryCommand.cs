using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Inquiries.ReplyToInquiry;

/// <summary>
/// Obligations C7, Q1, U4: staff answer a thread in their queue, which stops its response clock, or ask back with
/// <paramref name="VerificationQuestion"/> (the information the policy says may be asked to confirm who is writing),
/// which waits on the person. The requester is mailed that there is a reply. A closed thread answers 422.
/// </summary>
[Access(Roles.Support | Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.CustomerSupport, LegalBasis.Contract, DataCategory.Inquiries, DataCategory.Contact)]
public sealed record ReplyToInquiryCommand(Guid Id, string Text, bool VerificationQuestion, InquiryImage? Image) : ICommand<InquiryDto>
{
    public override string ToString() => nameof(ReplyToInquiryCommand);
}
