using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Sessions;

/// <summary>Login sessions (G1, K1): devices, times, revocations.</summary>
public sealed class SessionPersonalData(IAppDbContext db) : SubjectRowsSource<Session>
{
    public override string Category => "sessions";

    public override IReadOnlyList<string> Obligations => ["G1", "K1", "C9"];

    protected override IQueryable<Session> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.Sessions.Where(s => subjects.Contains(s.AccountId));

    protected override IQueryable<object> Exported(IQueryable<Session> rows) =>
        rows.OrderBy(s => s.CreatedAt).Select(s => new { s.Id, s.Device, s.CreatedAt, s.LastSeenAt, s.AbsoluteExpiresAt, s.RevokedAt });
}
