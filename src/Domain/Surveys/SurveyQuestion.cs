namespace Pixyer.Domain.Surveys;

/// <summary>One question of a survey; its choices are identified by their text, unique within the question.</summary>
public sealed class SurveyQuestion
{
    public const int TextMaxLength = 500;
    public const int ChoiceMaxLength = 200;
    public const int FreeTextMaxLength = 4000;
    public const int MaxChoices = 20;

    /// <summary>The widest scale a question may have: from 0 (e.g. an NPS) to 100.</summary>
    public const int ScaleLowest = 0;
    public const int ScaleHighest = 100;

    private SurveyQuestion()
    {
    }

    public SurveyQuestionId Id { get; private set; }

    public SurveyId SurveyId { get; private set; }

    public int Position { get; private set; }

    public SurveyQuestionKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    public List<string> Choices { get; private set; } = [];

    public int? ScaleMin { get; private set; }

    public int? ScaleMax { get; private set; }

    public int? MaxLength { get; private set; }

    internal static SurveyQuestion Of(SurveyId surveyId, int position, SurveyQuestionDefinition definition) => new()
    {
        Id = SurveyQuestionId.New(),
        SurveyId = surveyId,
        Position = position,
        Kind = definition.Kind,
        Text = definition.Text,
        Choices = [.. definition.Choices],
        ScaleMin = definition.ScaleMin,
        ScaleMax = definition.ScaleMax,
        MaxLength = definition.MaxLength,
    };

    /// <summary>Why <paramref name="answer"/> does not answer this question, or null when it does.</summary>
    public string? Refusal(SurveyAnswerValue answer) => Kind switch
    {
        SurveyQuestionKind.SingleChoice when answer.Choices.Count != 1 => "A single-choice question takes exactly one choice.",
        SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice when answer.Choices.Count == 0 => "Choose at least one choice.",
        SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice when answer.Choices.Distinct().Count() != answer.Choices.Count =>
            "A choice is given twice.",
        SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice when answer.Choices.Except(Choices).Any() =>
            $"A choice is one of: {string.Join(", ", Choices)}.",
        SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice when answer.Scale is not null || answer.Text is not null =>
            "A choice question takes choices only.",
        SurveyQuestionKind.Scale when answer.Scale is not { } scale || scale < ScaleMin || scale > ScaleMax =>
            $"The scale answer is a whole number from {ScaleMin} to {ScaleMax}.",
        SurveyQuestionKind.Scale when answer.Choices.Count > 0 || answer.Text is not null => "A scale question takes a scale value only.",
        SurveyQuestionKind.FreeText when string.IsNullOrWhiteSpace(answer.Text) || answer.Text.Length > MaxLength =>
            $"The text answer has 1 to {MaxLength} characters.",
        SurveyQuestionKind.FreeText when answer.Choices.Count > 0 || answer.Scale is not null => "A free-text question takes text only.",
        _ => null,
    };
}
