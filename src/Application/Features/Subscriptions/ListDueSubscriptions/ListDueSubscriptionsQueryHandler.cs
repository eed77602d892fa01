using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions.ListDueSubscriptions;

public sealed class ListDueSubscriptionsQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListDueSubscriptionsQuery, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListDueSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Subscriptions.AsNoTracking()
            .Where(s => s.Status != SubscriptionStatus.Canceled && s.NextChargeAt <= now)
            .OrderBy(s => s.NextChargeAt)
            .Take(query.Limit)
            .Select(s => s.Id.Value)
            .ToListAsync(cancellationToken);
    }
}
