using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Advertising.RecomputeAdProfiles;

public sealed class RecomputeAdProfilesCommandHandler(IAppDbContext db, ConsentLedger ledger, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<RecomputeAdProfilesCommand, int>
{
    public async ValueTask<int> Handle(RecomputeAdProfilesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - options.Value.Advertising.ActivityWindow;
        var consenting = ledger.ActiveAccountsGranting(AdvertisingConsent.Purpose);

        // A withdrawal deletes its profile at once; this also catches an owner who stopped being active.
        await db.AdProfiles.Where(p => !consenting.Contains(p.OwnerId)).ExecuteDeleteAsync(cancellationToken);

        var accounts = await consenting.ToListAsync(cancellationToken);
        var usage = (await db.GenerationJobs.AsNoTracking()
                .Where(j => consenting.Contains(j.OwnerId) && j.CreatedAt >= since)
                .GroupBy(j => new { j.OwnerId, j.Template })
                .Select(g => new { g.Key.OwnerId, g.Key.Template, Generations = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(u => u.OwnerId, u => (u.Template, u.Generations));
        var plans = (await db.Subscriptions.AsNoTracking()
                .Where(s => consenting.Contains(s.OwnerId) && s.Status != SubscriptionStatus.Canceled)
                .Join(db.Plans, s => s.PlanId, p => p.Id, (s, p) => new { s.OwnerId, p.Interval })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.OwnerId, s => s.Interval);
        var profiles = await db.AdProfiles.Where(p => consenting.Contains(p.OwnerId)).ToDictionaryAsync(p => p.OwnerId, cancellationToken);

        foreach (var account in accounts)
        {
            var running = plans[account].Select(i => (BillingInterval?)i).Max();
            var segments = AdSegmentation.Of(usage[account].ToList(), running);
            if (profiles.TryGetValue(account, out var profile))
            {
                profile.Recompute(segments, now);
            }
            else
            {
                db.AdProfiles.Add(AdProfile.Compute(account, segments, now));
            }
        }

        return accounts.Count;
    }
}
