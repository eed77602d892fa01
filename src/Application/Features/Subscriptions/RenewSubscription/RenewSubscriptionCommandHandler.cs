using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Invoices;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions.RenewSubscription;

public sealed class RenewSubscriptionCommandHandler(
    IAppDbContext db,
    ISubjectLocks locks,
    SubscriptionBilling billing,
    InvoiceIssuer invoices,
    BillingMails mails,
    IOptions<PixyerOptions> options,
    TimeProvider clock)
    : ICommandHandler<RenewSubscriptionCommand, RenewalOutcome>
{
    public const string NoPaymentMethod = "no_payment_method";
    public const string PeriodEnded = "period_end";

    public async ValueTask<RenewalOutcome> Handle(RenewSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var id = new SubscriptionId(command.SubscriptionId);
        var owner = await db.Subscriptions.Where(s => s.Id == id).Select(s => (Guid?)s.OwnerId.Value).FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return RenewalOutcome.NotDue;
        }

        // Read after the lock: a cancellation or another node's renewal of the same subscription has committed by then.
        await locks.LockAsync(BillingLocks.Scope, owner.Value, cancellationToken);
        var subscription = await db.Subscriptions.SingleAsync(s => s.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        if (!subscription.IsLive || subscription.NextChargeAt > now)
        {
            return RenewalOutcome.NotDue;
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == subscription.PlanId, cancellationToken);
        if (subscription.CancelAtPeriodEnd)
        {
            subscription.End(PeriodEnded, now);
            await mails.EndedAtPeriodEndAsync(subscription, plan, cancellationToken);
            return RenewalOutcome.Ended;
        }

        var declineCode = await ChargeNextPeriodAsync(subscription, plan, cancellationToken);
        if (declineCode is null)
        {
            return RenewalOutcome.Renewed;
        }

        if (subscription.FailRenewal(options.Value.Payments.RetryDays, declineCode, now))
        {
            await mails.EndedUnpaidAsync(subscription, plan, cancellationToken);
            return RenewalOutcome.Ended;
        }

        await mails.RenewalFailedAsync(subscription, plan, declineCode, cancellationToken);
        return RenewalOutcome.PastDue;
    }

    /// <summary>Charges the default card and renews; answers the decline code when the charge failed.</summary>
    private async Task<string?> ChargeNextPeriodAsync(Subscription subscription, Plan plan, CancellationToken cancellationToken)
    {
        var method = await db.PaymentMethods.FirstOrDefaultAsync(m => m.OwnerId == subscription.OwnerId && m.IsDefault, cancellationToken);
        if (method is null)
        {
            return NoPaymentMethod;
        }

        // One key per period and attempt: a step sent twice is one charge at the gateway, a retry days later a new one.
        var key = string.Create(
            CultureInfo.InvariantCulture, $"renewal-{subscription.Id}-{subscription.CurrentPeriodEnd.ToUnixTimeSeconds()}-{subscription.FailedCharges}");
        var charged = await billing.ChargeAsync(subscription.OwnerId, plan, method, subscription.Id, TransactionKind.Renewal, key, cancellationToken);
        if (!charged.Succeeded)
        {
            return charged.Transaction.DeclineCode;
        }

        subscription.Renew(plan.Interval, clock.GetUtcNow());
        await invoices.IssueAsync(
            subscription.OwnerId, charged.Transaction, plan, charged.Price, subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd, cancellationToken);
        return null;
    }
}
