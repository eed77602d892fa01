namespace Pixyer.Domain.Surveys;

/// <summary>
/// A voluntary survey staff define (obligation C6): questions, and the window in which people may answer. Nothing
/// of the service depends on answering it.
/// </summary>
public sealed class Survey
{
    public const int TitleMaxLength = 200;
    public const int MaxQuestions = 50;

    private readonly List<SurveyQuestion> questions = [];

    private Survey()
    {
    }

    public SurveyId Id { get; private set; }

    public string Title { get; private set; } = "";

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public DateTimeOffset DefinedAt { get; private set; }

    public IReadOnlyList<SurveyQuestion> Questions => questions;

    public static Survey Define(
        string title, DateTimeOffset opensAt, DateTimeOffset closesAt, IEnumerable<SurveyQuestionDefinition> questions, DateTimeOffset now)
    {
        var survey = new Survey { Id = SurveyId.New(), Title = title, OpensAt = opensAt, ClosesAt = closesAt, DefinedAt = now };
        survey.questions.AddRange(questions.Select((q, position) => SurveyQuestion.Of(survey.Id, position, q)));
        return survey;
    }

    /// <summary>Open from <see cref="OpensAt"/> included to <see cref="ClosesAt"/> excluded.</summary>
    public bool IsOpenAt(DateTimeOffset now) => OpensAt <= now && now < ClosesAt;
}
