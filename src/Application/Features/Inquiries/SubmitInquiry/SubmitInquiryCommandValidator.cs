using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Accounts;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.SubmitInquiry;

public sealed class SubmitInquiryCommandValidator : AbstractValidator<SubmitInquiryCommand>
{
    public SubmitInquiryCommandValidator(ICurrentActor actor)
    {
        RuleFor(c => c.Kind)
            .Must(k => WireNames.TryParse<InquiryKind>(k, out _))
            .WithMessage($"kind is one of: {string.Join(", ", WireNames.All<InquiryKind>())}.");
        RuleFor(c => c.Subject).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Give a subject.").MaximumLength(Inquiry.SubjectMaxLength);
        RuleFor(c => c.Message).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Write your message.").MaximumLength(InquiryMessage.TextMaxLength);
        When(_ => !actor.IsAuthenticated, () =>
        {
            RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give your name, or sign in.").MaximumLength(Inquiry.NameMaxLength);
            RuleFor(c => c.Email).ValidEmail();
        });
        When(_ => actor.IsAuthenticated, () =>
        {
            RuleFor(c => c.Name).Null().WithMessage("Signed in, your account names you: leave name out.");
            RuleFor(c => c.Email).Null().WithMessage("Signed in, your account's address is used: leave email out.");
        });
    }
}
