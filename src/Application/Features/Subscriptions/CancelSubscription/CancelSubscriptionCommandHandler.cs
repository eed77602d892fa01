using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions.CancelSubscription;

public sealed class CancelSubscriptionCommandHandler(IAppDbContext db, ICurrentActor actor, ISubjectLocks locks, TimeProvider clock)
    : ICommandHandler<CancelSubscriptionCommand, SubscriptionDto>
{
    public const string HolderCancelledReason = "cancelled_by_holder";

    public async ValueTask<SubscriptionDto> Handle(CancelSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        await locks.LockAsync(BillingLocks.Scope, owner.Value, cancellationToken);
        var subscription = await db.Subscriptions.Include(s => s.History)
                               .FirstOrDefaultAsync(s => s.OwnerId == owner && s.Status != SubscriptionStatus.Canceled, cancellationToken)
                           ?? throw new NotFoundException("subscription");
        if (subscription.Status == SubscriptionStatus.PastDue)
        {
            subscription.End(HolderCancelledReason, clock.GetUtcNow());
        }
        else if (!subscription.CancelAtPeriodEnd)
        {
            subscription.CancelAtEndOfPeriod(clock.GetUtcNow());
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == subscription.PlanId, cancellationToken);
        return SubscriptionDto.From(subscription, plan);
    }
}
