using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.ModelFeedback;

namespace Pixyer.Application.Features.ModelFeedback;

/// <summary>Ratings and comments given for model improvement (U3).</summary>
public sealed class ModelFeedbackPersonalData(IAppDbContext db) : SubjectRowsSource<ModelFeedbackEntry>
{
    public override string Category => "model-feedback";

    public override IReadOnlyList<string> Obligations => ["U3"];

    protected override IQueryable<ModelFeedbackEntry> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.ModelFeedback.Where(f => subjects.Contains(f.SubjectId));

    protected override IQueryable<object> Exported(IQueryable<ModelFeedbackEntry> rows) =>
        rows.OrderBy(f => f.SubmittedAt).Select(f => new { f.Id, f.Rating, f.Comment, f.SubmittedAt });
}
