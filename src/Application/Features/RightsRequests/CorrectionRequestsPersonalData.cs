using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests;

/// <summary>Correction requests logged by support (G3): the note says what of the person's data was wrong.</summary>
public sealed class CorrectionRequestsPersonalData(IAppDbContext db) : SubjectRowsSource<CorrectionRequest>
{
    public override string Category => "correction-requests";

    public override IReadOnlyList<string> Obligations => ["G3"];

    protected override IQueryable<CorrectionRequest> RowsOf(IReadOnlyCollection<AccountId> subjects) =>
        db.CorrectionRequests.Where(c => subjects.Contains(c.SubjectId));

    protected override IQueryable<object> Exported(IQueryable<CorrectionRequest> rows) =>
        rows.OrderBy(c => c.ReceivedAt).Select(c => new { c.Id, c.Note, c.ReceivedAt });
}
