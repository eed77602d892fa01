using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Analytics;

namespace Pixyer.Application.Features.Analytics;

/// <summary>Page views and interactions recorded with the subject's analytics consent (C10).</summary>
public sealed class AnalyticsPersonalData(IAppDbContext db) : SubjectRowsSource<AnalyticsEvent>
{
    public override string Category => "analytics-events";

    public override IReadOnlyList<string> Obligations => ["C10", "K2"];

    protected override IQueryable<AnalyticsEvent> RowsOf(IReadOnlyCollection<AccountId> subjects) =>
        db.AnalyticsEvents.Where(e => e.SubjectId != null && subjects.Contains(e.SubjectId.Value));

    protected override IQueryable<object> Exported(IQueryable<AnalyticsEvent> rows) =>
        rows.OrderBy(e => e.Id).Select(e => new { Type = e.Type.ToString(), e.Page, e.Element, e.OccurredAt });
}
