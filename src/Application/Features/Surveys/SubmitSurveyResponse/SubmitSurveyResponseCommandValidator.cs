using FluentValidation;
using Pixyer.Application.Common.Validation;
using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys.SubmitSurveyResponse;

public sealed class SubmitSurveyResponseCommandValidator : AbstractValidator<SubmitSurveyResponseCommand>
{
    public SubmitSurveyResponseCommandValidator()
    {
        RuleFor(c => c.SurveyId).NotEmpty();
        RuleFor(c => c.Answers)
            .NotEmpty()
            .MaximumCount(Survey.MaxQuestions)
            .Must(a => a.Select(x => x.QuestionId).Distinct().Count() == a.Count)
            .WithMessage("Each question is answered at most once.");
        RuleForEach(c => c.Answers).ChildRules(answer =>
        {
            answer.RuleFor(a => a.Choices).MaximumCount(SurveyQuestion.MaxChoices);
            answer.RuleForEach(a => a.Choices).MaximumLength(SurveyQuestion.ChoiceMaxLength);
            answer.RuleFor(a => a.Scale).InclusiveBetween(SurveyQuestion.ScaleLowest, SurveyQuestion.ScaleHighest);
            answer.RuleFor(a => a.Text).MaximumLength(SurveyQuestion.FreeTextMaxLength);
        });
    }
}
