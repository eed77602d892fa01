using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Subscriptions.SendRenewalReminders;

public sealed class SendRenewalRemindersCommandHandler(IAppDbContext db, BillingMails mails, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<SendRenewalRemindersCommand, int>
{
    public async ValueTask<int> Handle(SendRenewalRemindersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now.AddDays(options.Value.Payments.RenewalReminderDays);
        var due = await db.Subscriptions
            .Where(s => s.Status == SubscriptionStatus.Active && !s.CancelAtPeriodEnd && s.CurrentPeriodEnd > now && s.CurrentPeriodEnd <= horizon)
            .Where(s => s.ReminderSentFor == null || s.ReminderSentFor != s.CurrentPeriodEnd)
            .Join(db.Plans.Where(p => p.Interval == BillingInterval.Year), s => s.PlanId, p => p.Id, (s, p) => new { Subscription = s, Plan = p })
            .ToListAsync(cancellationToken);
        foreach (var renewal in due)
        {
            await mails.RenewalReminderAsync(renewal.Subscription, renewal.Plan, cancellationToken);
            renewal.Subscription.MarkReminderSent();
        }

        return due.Count;
    }
}
