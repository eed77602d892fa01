using FluentValidation;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.ReplyToInquiry;

public sealed class ReplyToInquiryCommandValidator : AbstractValidator<ReplyToInquiryCommand>
{
    public ReplyToInquiryCommandValidator() =>
        RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write the reply.").MaximumLength(InquiryMessage.TextMaxLength);
}
