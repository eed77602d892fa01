using FluentValidation;
using Pixyer.Application.Common;
using Pixyer.Domain.Surveys;
using Pixyer.Application.Common.Validation;

namespace Pixyer.Application.Features.Surveys.DefineSurvey;

public sealed class DefineSurveyCommandValidator : AbstractValidator<DefineSurveyCommand>
{

    public DefineSurveyCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Survey.TitleMaxLength);
        RuleFor(c => c.ClosesAt).GreaterThan(c => c.OpensAt).WithMessage("closesAt is after opensAt.");
        RuleFor(c => c.Questions).NotEmpty().MaximumCount(Survey.MaxQuestions).WithMessage($"A survey has at most {Survey.MaxQuestions} questions.");
        RuleForEach(c => c.Questions).ChildRules(question =>
        {
            question.RuleFor(q => q.Text).NotEmpty().MaximumLength(SurveyQuestion.TextMaxLength);
            question.RuleFor(q => q.Kind)
                .Must(k => WireNames.TryParse<SurveyQuestionKind>(k, out _))
                .WithMessage($"kind is one of: {string.Join(", ", WireNames.All<SurveyQuestionKind>())}.");
            question.RuleFor(q => q.Choices)
                .Must(c => c is { Count: >= 2 and <= SurveyQuestion.MaxChoices } && c.Distinct(StringComparer.Ordinal).Count() == c.Count
                           && c.All(choice => !string.IsNullOrWhiteSpace(choice) && choice.Length <= SurveyQuestion.ChoiceMaxLength))
                .When(q => IsKind(q, SurveyQuestionKind.SingleChoice) || IsKind(q, SurveyQuestionKind.MultipleChoice))
                .WithMessage($"A choice question has 2 to {SurveyQuestion.MaxChoices} distinct choices of 1 to {SurveyQuestion.ChoiceMaxLength} characters.");
            question.RuleFor(q => q.Choices).MaximumCount(SurveyQuestion.MaxChoices);
            question.RuleForEach(q => q.Choices).MaximumLength(SurveyQuestion.ChoiceMaxLength);
            question.RuleFor(q => q.ScaleMin).InclusiveBetween(SurveyQuestion.ScaleLowest, SurveyQuestion.ScaleHighest);
            question.RuleFor(q => q.ScaleMax).InclusiveBetween(SurveyQuestion.ScaleLowest, SurveyQuestion.ScaleHighest);
            question.RuleFor(q => q.Choices).Empty()
                .When(q => IsKind(q, SurveyQuestionKind.Scale) || IsKind(q, SurveyQuestionKind.FreeText))
                .WithMessage("Only a choice question has choices.");
            question.RuleFor(q => q)
                .Must(q => q.ScaleMin is not null && q.ScaleMax is not null && q.ScaleMin < q.ScaleMax)
                .When(q => IsKind(q, SurveyQuestionKind.Scale))
                .WithMessage("A scale question has scaleMin below scaleMax.");
            question.RuleFor(q => q)
                .Must(q => q.ScaleMin is null && q.ScaleMax is null)
                .When(q => !IsKind(q, SurveyQuestionKind.Scale))
                .WithMessage("Only a scale question has scaleMin and scaleMax.");
            question.RuleFor(q => q.MaxLength)
                .InclusiveBetween(1, SurveyQuestion.FreeTextMaxLength)
                .When(q => IsKind(q, SurveyQuestionKind.FreeText));
            question.RuleFor(q => q.MaxLength).Null()
                .When(q => !IsKind(q, SurveyQuestionKind.FreeText))
                .WithMessage("Only a free-text question has maxLength.");
        });
    }

    private static bool IsKind(SurveyQuestionBody question, SurveyQuestionKind kind) =>
        WireNames.TryParse<SurveyQuestionKind>(question.Kind, out var parsed) && parsed == kind;
}
