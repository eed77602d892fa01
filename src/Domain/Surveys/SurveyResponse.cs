using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Surveys;

/// <summary>
/// A person's answers to one survey (obligation C6). Answering is voluntary and the answer itself is the consent
/// to process it; the person may delete it at any time, and one person answers a survey once.
/// </summary>
public sealed class SurveyResponse
{
    private readonly List<SurveyAnswer> answers = [];

    private SurveyResponse()
    {
    }

    public SurveyResponseId Id { get; private set; }

    public SurveyId SurveyId { get; private set; }

    public AccountId SubjectId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    [PersonalData]
    public IReadOnlyList<SurveyAnswer> Answers => answers;

    /// <summary>A response to <paramref name="survey"/>; the answers have been checked against its questions.</summary>
    public static SurveyResponse Submit(Survey survey, AccountId subject, IEnumerable<SurveyAnswerValue> answers, DateTimeOffset now)
    {
        var response = new SurveyResponse { Id = SurveyResponseId.New(), SurveyId = survey.Id, SubjectId = subject, SubmittedAt = now };
        response.answers.AddRange(answers.Select(a => SurveyAnswer.Of(response.Id, a)));
        return response;
    }
}
