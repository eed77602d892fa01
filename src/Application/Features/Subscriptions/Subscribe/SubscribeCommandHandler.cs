using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Invoices;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Accounts.Rules;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions.Subscribe;

public sealed class SubscribeCommandHandler(
    IAppDbContext db,
    ICurrentActor actor,
    IRequestContext request,
    IKeyedHasher hasher,
    ISubjectLocks locks,
    SubscriptionBilling billing,
    InvoiceIssuer invoices,
    IKeptOnRollback kept,
    TimeProvider clock)
    : ICommandHandler<SubscribeCommand, SubscriptionReceipt>
{
    public async ValueTask<SubscriptionReceipt> Handle(SubscribeCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var key = request.IdempotencyKey
                  ?? throw new ValidationException(
                      [new ValidationFailure("Idempotency-Key", "Subscribing needs an Idempotency-Key header, so that a retry never pays twice.")]);

        // A copy of this request racing it waits here, then finds the subscription and replays the first one's answer.
        await locks.LockAsync(BillingLocks.Scope, owner.Value, cancellationToken);
        await EnsureVerifiedAdultAsync(owner, cancellationToken);
        if (await db.Subscriptions.AnyAsync(s => s.OwnerId == owner && s.Status != SubscriptionStatus.Canceled, cancellationToken))
        {
            throw new ConflictException("You already have a subscription: cancel it first, or wait until it ends.");
        }

        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Code == command.PlanCode && p.Active, cancellationToken) ?? throw new NotFoundException("plan");
        var method = await OwnedPaymentMethods.FindAsync(db, owner, command.PaymentMethodId, cancellationToken);

        // The gateway's own idempotency key: the same request retried after a lost answer is the same charge there too.
        var gatewayKey = "subscribe-" + hasher.Hash($"{owner}:{key}:{command.PlanCode}:{command.PaymentMethodId}");
        var charged = await billing.ChargeAsync(owner, plan, method, null, TransactionKind.FirstPeriod, gatewayKey, cancellationToken);
        if (!charged.Succeeded)
        {
            kept.Keep(charged.Transaction, charged.Disclosure);
            throw new PaymentDeclinedException(charged.Transaction.DeclineCode!);
        }

        var subscription = Subscription.Start(owner, plan, clock.GetUtcNow());
        db.Subscriptions.Add(subscription);
        charged.Transaction.BelongsTo(subscription.Id);
        var invoice = await invoices.IssueAsync(
            owner, charged.Transaction, plan, charged.Price, subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd, cancellationToken);
        return new SubscriptionReceipt(SubscriptionDto.From(subscription, plan), InvoiceDto.From(invoice, null));
    }

    private async Task EnsureVerifiedAdultAsync(AccountId owner, CancellationToken cancellationToken)
    {
        var holder = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == owner)
            .Select(a => new { a.EmailVerifiedAt, a.DateOfBirth })
            .SingleAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (holder.EmailVerifiedAt is null || new AccountHolderMustBeAdultRule(holder.DateOfBirth, today).IsBroken())
        {
            throw new AgeVerificationRequiredException();
        }
    }
}
