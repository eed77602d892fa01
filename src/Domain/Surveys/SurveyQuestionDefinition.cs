namespace Pixyer.Domain.Surveys;

/// <summary>What staff say of a question: its kind, its text, and the choices or bounds its kind needs.</summary>
public sealed record SurveyQuestionDefinition(
    SurveyQuestionKind Kind, string Text, IReadOnlyList<string> Choices, int? ScaleMin, int? ScaleMax, int? MaxLength);
