using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Security;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Security;

internal sealed class LoginThrottle(PixyerDbContext db, IKeptOnRollback kept, IOptions<PixyerOptions> options, TimeProvider clock)
    : ILoginThrottle
{
    private PixyerOptions.LoginThrottleOptions Limits => options.Value.LoginThrottle;

    public async Task<TimeSpan?> RetryAfterAsync(AccountId? accountId, string clientKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Limits.Window;
        var recent = db.LoginFailures.AsNoTracking().Where(f => f.OccurredAt > since);
        var blockedUntil = Max(
            accountId is { } id
                ? await UnblockTimeAsync(recent.Where(f => f.AccountId == id), Limits.MaxFailuresPerAccount, cancellationToken)
                : null,
            await UnblockTimeAsync(recent.Where(f => f.ClientKey == clientKey), Limits.MaxFailuresPerClient, cancellationToken));
        return blockedUntil > now ? blockedUntil - now : null;
    }

    public void RecordFailureWhenRolledBack(AccountId? accountId, string clientKey) =>
        kept.Keep(LoginFailure.Record(accountId, clientKey, clock.GetUtcNow()));

    /// <summary>When the limit-th most recent failure leaves the window, fewer than the limit remain.</summary>
    private async Task<DateTimeOffset?> UnblockTimeAsync(IQueryable<LoginFailure> failures, int limit, CancellationToken cancellationToken)
    {
        var times = await failures.OrderByDescending(f => f.OccurredAt).Select(f => f.OccurredAt).Take(limit).ToListAsync(cancellationToken);
        return times.Count >= limit ? times[^1] + Limits.Window : null;
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a > b || b is null ? a : b;
}
