using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.ChangeInquiryStatus;

public sealed class ChangeInquiryStatusCommandValidator : AbstractValidator<ChangeInquiryStatusCommand>
{
    public ChangeInquiryStatusCommandValidator() =>
        RuleFor(c => c.Status)
            .Must(s => WireNames.TryParse<InquiryStatus>(s, out _))
            .WithMessage($"status is one of: {string.Join(", ", WireNames.All<InquiryStatus>())}.");
}
