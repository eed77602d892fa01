using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions;

/// <summary>
/// How many generations a person may request: their plan's included generations in its current period, or without a
/// subscription the free tier per calendar month (<c>Pixyer:Payments:FreeGenerationsPerMonth</c>). Past it: 402
/// <c>quota-exceeded</c>. Counted under the billing lock, so two requests at once cannot both take the last one.
/// </summary>
public sealed class GenerationAllowance(IAppDbContext db, ISubjectLocks locks, IOptions<PixyerOptions> options, TimeProvider clock)
{
    public async Task EnsureAvailableAsync(AccountId owner, CancellationToken cancellationToken)
    {
        await locks.LockAsync(BillingLocks.Scope, owner.Value, cancellationToken);
        var now = clock.GetUtcNow();
        var plan = await db.Subscriptions.AsNoTracking()
            .Where(s => s.OwnerId == owner && s.Status != SubscriptionStatus.Canceled)
            .Join(db.Plans, s => s.PlanId, p => p.Id, (s, p) => new { s.CurrentPeriodStart, s.CurrentPeriodEnd, p.IncludedGenerations })
            .FirstOrDefaultAsync(cancellationToken);
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var (since, until, included) = plan is null
            ? (monthStart, monthStart.AddMonths(1), options.Value.Payments.FreeGenerationsPerMonth)
            : (plan.CurrentPeriodStart, plan.CurrentPeriodEnd, plan.IncludedGenerations);
        var used = await db.GenerationJobs.CountAsync(j => j.OwnerId == owner && j.CreatedAt >= since, cancellationToken);
        if (used >= included)
        {
            throw new QuotaExceededException(included, until);
        }
    }
}
