using FluentValidation;

namespace Pixyer.Application.Features.ModelFeedback.SubmitModelFeedback;

public sealed class SubmitModelFeedbackCommandValidator : AbstractValidator<SubmitModelFeedbackCommand>
{
    public SubmitModelFeedbackCommandValidator()
    {
        RuleFor(c => c.Rating).InclusiveBetween(1, 5);
        RuleFor(c => c.Comment).MaximumLength(2000);
    }
}
