using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Subscriptions.ListMySubscriptions;

public sealed class ListMySubscriptionsQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMySubscriptionsQuery, Paged<SubscriptionDto>>
{
    public async ValueTask<Paged<SubscriptionDto>> Handle(ListMySubscriptionsQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var page = await db.Subscriptions.AsNoTracking()
            .Include(s => s.History)
            .Where(s => s.OwnerId == owner)
            .OrderByDescending(s => s.CreatedAt)
            .ThenBy(s => s.Id)
            .ToPageAsync(query.Page, cancellationToken);
        var planIds = page.Items.Select(s => s.PlanId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return page.Map(s => SubscriptionDto.From(s, plans[s.PlanId]));
    }
}
