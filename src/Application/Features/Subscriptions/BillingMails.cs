using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions;

/// <summary>
/// The mails about a subscription's money (U8): operational, queued with no consent purpose, so no marketing opt-out
/// withholds them. They name the plan and dates, never a card's details beyond what the person already knows.
/// </summary>
public sealed class BillingMails(IAppDbContext db, IOutbox outbox)
{
    public Task RenewalFailedAsync(Subscription subscription, Plan plan, string declineCode, CancellationToken cancellationToken) =>
        SendAsync(
            subscription,
            $"Your Pixyer {plan.Name} renewal payment failed",
            $"""
             We could not charge your card for the next period of Pixyer {plan.Name} ({declineCode}).

             We will try again on {subscription.NextChargeAt:yyyy-MM-dd}. Meanwhile your plan keeps working. To avoid an
             interruption, add another card or make a working one your default under "Payment methods" in your account.
             """,
            cancellationToken);

    public Task EndedUnpaidAsync(Subscription subscription, Plan plan, CancellationToken cancellationToken) =>
        SendAsync(
            subscription,
            $"Your Pixyer {plan.Name} subscription has ended",
            $"""
             We tried to charge your card for Pixyer {plan.Name} several times without success, so your subscription ended
             on {subscription.EndedAt:yyyy-MM-dd}. Nothing more will be charged. You can subscribe again at any time.
             """,
            cancellationToken);

    public Task EndedAtPeriodEndAsync(Subscription subscription, Plan plan, CancellationToken cancellationToken) =>
        SendAsync(
            subscription,
            $"Your Pixyer {plan.Name} subscription has ended",
            $"""
             As you asked, your Pixyer {plan.Name} subscription ended on {subscription.EndedAt:yyyy-MM-dd}, at the end of the
             period you paid for. Nothing more will be charged.
             """,
            cancellationToken);

    public Task RenewalReminderAsync(Subscription subscription, Plan plan, CancellationToken cancellationToken) =>
        SendAsync(
            subscription,
            $"Your Pixyer {plan.Name} subscription renews on {subscription.CurrentPeriodEnd:yyyy-MM-dd}",
            $"""
             Your yearly Pixyer {plan.Name} subscription renews on {subscription.CurrentPeriodEnd:yyyy-MM-dd}, when your default
             card is charged {Currencies.Format(plan.PriceMinor, plan.Currency)} plus tax for another year.

             To stop it, cancel the subscription in your account before that date; it then ends at the end of this year.
             """,
            cancellationToken);

    private async Task SendAsync(Subscription subscription, string subject, string body, CancellationToken cancellationToken)
    {
        var email = await db.Accounts.Where(a => a.Id == subscription.OwnerId).Select(a => a.Email).SingleAsync(cancellationToken);
        outbox.EnqueueEmail(new EmailMessage(email, subject, body), subscription.OwnerId.Value);
    }
}
