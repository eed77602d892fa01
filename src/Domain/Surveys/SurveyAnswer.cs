using Pixyer.Domain.Common;

namespace Pixyer.Domain.Surveys;

/// <summary>The answer to one question of a response: choices, a scale value or text, as its question's kind says.</summary>
public sealed class SurveyAnswer
{
    private SurveyAnswer()
    {
    }

    public SurveyAnswerId Id { get; private set; }

    public SurveyResponseId ResponseId { get; private set; }

    public SurveyQuestionId QuestionId { get; private set; }

    [PersonalData]
    public List<string> Choices { get; private set; } = [];

    [PersonalData]
    public int? Scale { get; private set; }

    [PersonalData]
    public string? Text { get; private set; }

    internal static SurveyAnswer Of(SurveyResponseId responseId, SurveyAnswerValue value) => new()
    {
        Id = SurveyAnswerId.New(),
        ResponseId = responseId,
        QuestionId = value.QuestionId,
        Choices = [.. value.Choices],
        Scale = value.Scale,
        Text = value.Text,
    };
}
