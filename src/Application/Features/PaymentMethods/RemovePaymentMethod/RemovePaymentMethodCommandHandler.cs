using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.PaymentMethods.RemovePaymentMethod;

public sealed class RemovePaymentMethodCommandHandler(IAppDbContext db, ICurrentActor actor, ISubjectLocks locks, IPaymentGateway gateway)
    : ICommandHandler<RemovePaymentMethodCommand>
{
    public async ValueTask<Unit> Handle(RemovePaymentMethodCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        await locks.LockAsync(BillingLocks.Scope, owner.Value, cancellationToken);
        var method = await OwnedPaymentMethods.FindAsync(db, owner, command.Id, cancellationToken);
        var isLast = !await db.PaymentMethods.AnyAsync(m => m.OwnerId == owner && m.Id != method.Id, cancellationToken);
        if (isLast && await db.Subscriptions.AnyAsync(s => s.OwnerId == owner && s.Status != SubscriptionStatus.Canceled && !s.CancelAtPeriodEnd, cancellationToken))
        {
            throw new ConflictException("Your subscription renews with this card: add another card or cancel the subscription first.");
        }

        db.PaymentMethods.Remove(method);
        if (method.IsDefault)
        {
            await PaymentMethodDefaults.PromoteNewestAsync(db, owner, method.Id, cancellationToken);
        }

        // The gateway's id only leaves: no personal data, so no disclosure. Detached last, so a refusal above changes nothing.
        await gateway.DetachCardAsync(method.GatewayMethodId, cancellationToken);
        return Unit.Value;
    }
}
