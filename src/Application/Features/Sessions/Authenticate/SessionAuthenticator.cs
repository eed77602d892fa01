using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Sessions.Authenticate;

public sealed record AuthenticatedSession(AccountId AccountId, SessionId SessionId, Roles Roles, string CsrfTokenHash);

/// <summary>
/// Turns a presented session token into the signed-in account, for the HTTP pipeline's authentication. Revoked,
/// expired and deactivated sessions authenticate nobody. Not a mediator request: it runs on every call and
/// changes nothing but the session's last-seen time and the account's last activity.
/// </summary>
public sealed class SessionAuthenticator(IAppDbContext db, ISecretTokens tokens, TimeProvider clock)
{
    public async Task<AuthenticatedSession?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = tokens.Hash(token);
        var found = await db.Sessions.AsNoTracking()
            .Where(s => s.TokenHash == hash)
            .Where(Session.ActiveAt(now))
            .Join(
                db.Accounts.Where(a => a.Status == AccountStatus.Active),
                s => s.AccountId,
                a => a.Id,
                (s, a) => new { s.Id, s.AccountId, a.Roles, s.CsrfTokenHash, s.LastSeenAt, a.LastActiveAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        if (now - found.LastSeenAt >= Session.LastSeenResolution)
        {
            // Slides the 14-day expiry; written at most once a minute per session.
            await db.Sessions.Where(s => s.Id == found.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), cancellationToken);
        }

        if (now - found.LastActiveAt >= Account.ActivityResolution)
        {
            // The account's idle period (R1) restarts; written at most once an hour per account. Only active
            // accounts get here: an inactive one has no live session and becomes active again by logging in.
            await db.Accounts.Where(a => a.Id == found.AccountId)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.LastActiveAt, now).SetProperty(a => a.InactivityWarnedAt, (DateTimeOffset?)null), cancellationToken);
        }

        return new AuthenticatedSession(found.AccountId, found.Id, found.Roles, found.CsrfTokenHash);
    }
}
