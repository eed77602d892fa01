using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Surveys;

namespace Pixyer.Application.Features.Surveys;

/// <summary>A person's survey responses and their answers (C6); erasing a response deletes its answers with it.</summary>
public sealed class SurveysPersonalData(IAppDbContext db) : SubjectRowsSource<SurveyResponse>
{
    public override string Category => "survey-responses";

    public override IReadOnlyList<string> Obligations => ["C6"];

    public override IReadOnlyList<Type> EntityTypes => [typeof(SurveyResponse), typeof(SurveyAnswer)];

    protected override IQueryable<SurveyResponse> RowsOf(IReadOnlyCollection<AccountId> subjects) =>
        db.SurveyResponses.Where(r => subjects.Contains(r.SubjectId));

    protected override IQueryable<object> Exported(IQueryable<SurveyResponse> rows) =>
        rows.OrderBy(r => r.SubmittedAt).Select(r => new
        {
            r.Id,
            r.SurveyId,
            r.SubmittedAt,
            Answers = r.Answers.Select(a => new { a.QuestionId, a.Choices, a.Scale, a.Text }),
        });
}
