using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys;

/// <summary>A person's response to a survey, as they read it back.</summary>
public sealed record SurveyResponseDto(Guid Id, Guid SurveyId, DateTimeOffset SubmittedAt, IReadOnlyList<SurveyAnswerDto> Answers)
{
    public static SurveyResponseDto Of(SurveyResponse response) => new(
        response.Id.Value,
        response.SurveyId.Value,
        response.SubmittedAt,
        response.Answers.Select(a => new SurveyAnswerDto(a.QuestionId.Value, a.Choices, a.Scale, a.Text)).ToList());
}

public sealed record SurveyAnswerDto(Guid QuestionId, IReadOnlyList<string> Choices, int? Scale, string? Text);
