using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.LegalHolds;

namespace Pixyer.Application.Features.LegalHolds;

/// <summary>
/// Legal holds on the subject (G6): the reasons are staff's free text and may describe the person, so they are
/// exported and erased like any personal data. Erasure deletes only lifted holds: an active hold is the very
/// thing that forbids the erasure (which is refused before any source runs), and deleting it here would silently
/// end the hold; it is left in place and reported as remaining. The audit trail keeps, by ids only, that holds
/// were placed and lifted.
/// </summary>
public sealed class LegalHoldPersonalData(IAppDbContext db) : SubjectRowsSource<LegalHold>
{
    public override string Category => "legal-holds";

    public override IReadOnlyList<string> Obligations => ["G6"];

    protected override IQueryable<LegalHold> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.LegalHolds.Where(h => subjects.Contains(h.SubjectId));

    protected override IQueryable<LegalHold> ErasableRowsOf(IReadOnlyCollection<AccountId> subjects) => RowsOf(subjects).Where(h => h.LiftedAt != null);

    protected override IQueryable<object> Exported(IQueryable<LegalHold> rows) =>
        rows.OrderBy(h => h.PlacedAt).Select(h => new { h.Id, h.Reason, h.PlacedAt, h.LiftedAt, h.LiftReason });
}
