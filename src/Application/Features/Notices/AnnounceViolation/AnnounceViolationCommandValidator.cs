using FluentValidation;

namespace Pixyer.Application.Features.Notices.AnnounceViolation;

public sealed class AnnounceViolationCommandValidator : AbstractValidator<AnnounceViolationCommand>
{
    public const int SummaryMaxLength = 2000;
    public const int PenaltyMaxLength = 1000;

    public AnnounceViolationCommandValidator()
    {
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c.Kind).Must(k => k is AnnounceViolationCommand.Violation or AnnounceViolationCommand.Fraud)
            .WithMessage("kind is 'violation' or 'fraud'.");
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(SummaryMaxLength);
        RuleFor(c => c.Penalty).NotEmpty().MaximumLength(PenaltyMaxLength);
    }
}
