using FluentValidation;

namespace Pixyer.Application.Features.LegalHolds.LiftLegalHold;

public sealed class LiftLegalHoldCommandValidator : AbstractValidator<LiftLegalHoldCommand>
{
    public LiftLegalHoldCommandValidator()
    {
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c.Reason).ValidHoldReason();
    }
}
