using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys;

/// <summary>A person's response to a survey, as they read it back: at most one answer per question of the survey.</summary>
public sealed record SurveyResponseDto(
    Guid Id,
    Guid SurveyId,
    DateTimeOffset SubmittedAt,
    [property: MaxLength(Survey.MaxQuestions)] IReadOnlyList<SurveyAnswerDto> Answers)
{
    public static SurveyResponseDto Of(SurveyResponse response) => new(
        response.Id.Value,
        response.SurveyId.Value,
        response.SubmittedAt,
        response.Answers.Select(a => new SurveyAnswerDto(a.QuestionId.Value, a.Choices, a.Scale, a.Text)).ToList());
}

/// <summary>An answer: distinct choices of the question's own, a scale value, or a text within the question's maxLength.</summary>
public sealed record SurveyAnswerDto(
    Guid QuestionId,
    [property: MaxLength(SurveyQuestion.MaxChoices), ItemMaxLength(SurveyQuestion.ChoiceMaxLength)] IReadOnlyList<string> Choices,
    int? Scale,
    [property: MaxLength(SurveyQuestion.FreeTextMaxLength)] string? Text);
