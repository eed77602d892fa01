using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Sessions;

public static class SessionRevocation
{
    /// <summary>Revokes the account's active sessions, all or all but <paramref name="keep"/>.</summary>
    public static async Task<int> RevokeAllAsync(
        IAppDbContext db, AccountId accountId, SessionId? keep, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions
            .Where(s => s.AccountId == accountId && s.RevokedAt == null)
            .ToListAsync(cancellationToken);
        var revoked = sessions.Where(s => s.Id != keep).ToList();
        revoked.ForEach(s => s.Revoke(now));
        return revoked.Count;
    }
}
