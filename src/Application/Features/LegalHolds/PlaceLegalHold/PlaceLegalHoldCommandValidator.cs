using FluentValidation;

namespace Pixyer.Application.Features.LegalHolds.PlaceLegalHold;

public sealed class PlaceLegalHoldCommandValidator : AbstractValidator<PlaceLegalHoldCommand>
{
    public PlaceLegalHoldCommandValidator()
    {
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c.Reason).ValidHoldReason();
    }
}
