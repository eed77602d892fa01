using FluentValidation;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.PostInquiryMessage;

public sealed class PostInquiryMessageCommandValidator : AbstractValidator<PostInquiryMessageCommand>
{
    public PostInquiryMessageCommandValidator() =>
        RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Write your message.").MaximumLength(InquiryMessage.TextMaxLength);
}
