using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Profile.CorrectMyProfile;

/// <summary>
/// Caps the verification mails an account can make Pixyer send, and those any accounts together can send to one
/// address (obligation P1: nobody floods a victim's inbox). Counted from the tokens in the database, so a restart
/// forgets nothing; every token counts, revoked or used, the registration's too.
/// </summary>
public sealed class EmailChangeLimit(IAppDbContext db, IOptions<PixyerOptions> options, TimeProvider clock)
{
    private PixyerOptions.EmailChangeOptions Limits => options.Value.EmailChange;

    /// <exception cref="TooManyRequestsException">Either limit is reached; Retry-After says when a mail may go again.</exception>
    public async Task EnsureAllowedAsync(AccountId accountId, string normalizedEmail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // A token's issue time is its expiry less its lifetime; comparing expiries keeps the query translatable.
        var issuedInWindow = db.EmailVerificationTokens.AsNoTracking()
            .Where(t => t.ExpiresAt > now - Limits.Window + EmailVerificationToken.Lifetime);
        var allowedAgainAt = Later(
            await AllowedAgainAtAsync(issuedInWindow.Where(t => t.AccountId == accountId), Limits.MaxPerAccount, cancellationToken),
            await AllowedAgainAtAsync(issuedInWindow.Where(t => t.Email == normalizedEmail), Limits.MaxPerAddress, cancellationToken));
        if (allowedAgainAt > now)
        {
            throw new TooManyRequestsException(allowedAgainAt.Value - now);
        }
    }

    /// <summary>Once the limit-th newest token leaves the window, fewer than the limit remain in it.</summary>
    private async Task<DateTimeOffset?> AllowedAgainAtAsync(
        IQueryable<EmailVerificationToken> tokens, int limit, CancellationToken cancellationToken)
    {
        var expiries = await tokens.OrderByDescending(t => t.ExpiresAt).Select(t => t.ExpiresAt).Take(limit).ToListAsync(cancellationToken);
        return expiries.Count >= limit ? expiries[^1] - EmailVerificationToken.Lifetime + Limits.Window : null;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => b is null || a > b ? a : b;
}
