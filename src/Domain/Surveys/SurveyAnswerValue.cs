namespace Pixyer.Domain.Surveys;

/// <summary>An answer as given, before it is checked against its question.</summary>
public sealed record SurveyAnswerValue(SurveyQuestionId QuestionId, IReadOnlyList<string> Choices, int? Scale, string? Text);
