using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Policies;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Policies;

/// <summary>Which policy version is in force, and what a person still has to accept (obligation V1).</summary>
public sealed class PolicyCatalog(IAppDbContext db, TimeProvider clock) : IPolicyAcceptanceCheck
{
    /// <summary>The latest version whose effective time has come.</summary>
    public async Task<PolicyVersion> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.PolicyVersions.AsNoTracking()
                   .Where(v => v.EffectiveAt <= now)
                   .OrderByDescending(v => v.EffectiveAt)
                   .FirstOrDefaultAsync(cancellationToken)
               ?? throw new InvalidOperationException("No privacy policy version is in force; the seed is missing.");
    }

    public async Task<string?> PendingSignificantVersionAsync(AccountId accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var significant = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Significant && v.EffectiveAt <= now)
            .OrderByDescending(v => v.EffectiveAt)
            .Select(v => new { v.Version, v.EffectiveAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (significant is null)
        {
            return null;
        }

        var accepted = await db.PolicyAcceptances
            .Where(a => a.AccountId == accountId)
            .Join(db.PolicyVersions, a => a.Version, v => v.Version, (_, v) => v.EffectiveAt)
            .AnyAsync(effectiveAt => effectiveAt >= significant.EffectiveAt, cancellationToken);
        return accepted ? null : significant.Version;
    }

    /// <summary>
    /// Records minor versions that came into force since the account's last acceptance as accepted by continued
    /// use (at login). Nothing is taken as accepted while a significant change waits for the person's own yes.
    /// </summary>
    public async Task AcceptMinorChangesAsync(AccountId accountId, CancellationToken cancellationToken)
    {
        if (await PendingSignificantVersionAsync(accountId, cancellationToken) is not null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var lastAccepted = await db.PolicyAcceptances
            .Where(a => a.AccountId == accountId)
            .Join(db.PolicyVersions, a => a.Version, v => v.Version, (_, v) => (DateTimeOffset?)v.EffectiveAt)
            .MaxAsync(cancellationToken);
        var minor = await db.PolicyVersions.AsNoTracking()
            .Where(v => !v.Significant && v.EffectiveAt <= now && (lastAccepted == null || v.EffectiveAt > lastAccepted))
            .Select(v => v.Version)
            .ToListAsync(cancellationToken);
        db.PolicyAcceptances.AddRange(minor.Select(v => PolicyAcceptance.Record(accountId, v, PolicyAcceptanceChannel.ContinuedUse, now)));
    }
}
