using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys;

/// <summary>A survey as people answer it: its window and its questions in order.</summary>
public sealed record SurveyDto(
    Guid Id,
    [property: MaxLength(Survey.TitleMaxLength)] string Title,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    [property: MaxLength(Survey.MaxQuestions)] IReadOnlyList<SurveyQuestionDto> Questions)
{
    public static SurveyDto Of(Survey survey) => new(
        survey.Id.Value,
        survey.Title,
        survey.OpensAt,
        survey.ClosesAt,
        survey.Questions.OrderBy(q => q.Position).Select(SurveyQuestionDto.Of).ToList());
}

/// <summary>One question; <see cref="Kind"/> is <c>single_choice</c>, <c>multiple_choice</c>, <c>scale</c> or <c>free_text</c>.</summary>
public sealed record SurveyQuestionDto(
    Guid Id,
    [property: WireNameOf<SurveyQuestionKind>] string Kind,
    [property: MaxLength(SurveyQuestion.TextMaxLength)] string Text,
    [property: MaxLength(SurveyQuestion.MaxChoices), ItemMaxLength(SurveyQuestion.ChoiceMaxLength)] IReadOnlyList<string> Choices,
    int? ScaleMin,
    int? ScaleMax,
    int? MaxLength)

{
    public static SurveyQuestionDto Of(SurveyQuestion question) => new(
        question.Id.Value, WireNames.Of(question.Kind), question.Text, question.Choices, question.ScaleMin, question.ScaleMax, question.MaxLength);
}
