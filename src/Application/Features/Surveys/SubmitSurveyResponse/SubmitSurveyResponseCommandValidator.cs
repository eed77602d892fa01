using FluentValidation;

namespace Pixyer.Application.Features.Surveys.SubmitSurveyResponse;

public sealed class SubmitSurveyResponseCommandValidator : AbstractValidator<SubmitSurveyResponseCommand>
{
    public SubmitSurveyResponseCommandValidator()
    {
        RuleFor(c => c.SurveyId).NotEmpty();
        RuleFor(c => c.Answers)
            .NotEmpty()
            .Must(a => a.Select(x => x.QuestionId).Distinct().Count() == a.Count)
            .WithMessage("Each question is answered at most once.");
    }
}
