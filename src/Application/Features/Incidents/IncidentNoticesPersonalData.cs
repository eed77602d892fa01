using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents;

/// <summary>
/// That an incident affected a person and how they were told (P3). Erasure deletes the link; the breach log keeps the
/// incident with its counts, which name nobody.
/// </summary>
public sealed class IncidentNoticesPersonalData(IAppDbContext db) : SubjectRowsSource<AffectedSubject>
{
    public override string Category => "incident-notices";

    public override IReadOnlyList<string> Obligations => ["P3"];

    protected override IQueryable<AffectedSubject> RowsOf(IReadOnlyCollection<AccountId> subjects) =>
        db.AffectedSubjects.Where(s => subjects.Contains(s.SubjectId));

    protected override IQueryable<object> Exported(IQueryable<AffectedSubject> rows) =>
        rows.OrderBy(s => s.IncidentId).Select(s => new { IncidentId = s.IncidentId.Value, s.NotifiedAt, Mailed = s.MailMessageId != null });
}
