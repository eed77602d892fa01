using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Idempotency;

namespace Pixyer.Application.Features.Idempotency;

/// <summary>Stored responses of retried commands (24 hours); they may repeat the subject's own data.</summary>
public sealed class IdempotencyPersonalData(IAppDbContext db) : SubjectRowsSource<IdempotencyRecord>
{
    public override string Category => "request-replays";

    public override IReadOnlyList<string> Obligations => ["P1"];

    protected override IQueryable<IdempotencyRecord> RowsOf(IReadOnlyCollection<AccountId> subjects)
    {
        var ids = SubjectIds.Of(subjects);
        return db.IdempotencyRecords.Where(r => (r.SubjectId != null && ids.Contains(r.SubjectId.Value)) || ids.Contains(r.ScopeId));
    }

    protected override IQueryable<object> Exported(IQueryable<IdempotencyRecord> rows) =>
        rows.OrderBy(r => r.CreatedAt).Select(r => new { r.RequestName, r.CreatedAt });
}
