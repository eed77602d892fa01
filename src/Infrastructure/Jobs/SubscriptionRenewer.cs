using Microsoft.Extensions.Hosting;
using Pixyer.Application.Features.Subscriptions.ListDueSubscriptions;
using Pixyer.Application.Features.Subscriptions.RenewSubscription;
using Pixyer.Application.Features.Subscriptions.SendRenewalReminders;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Renews subscriptions (C4, C8, U8): mails the yearly renewal reminders, then sends one <see cref="RenewSubscriptionCommand"/>
/// per due subscription, each in a scope and transaction of its own, until none is due. A subscription whose step
/// failed (the gateway down) is left for the next run rather than retried in a loop.
/// </summary>
public sealed class SubscriptionRenewer(SystemCommands system, IHostApplicationLifetime lifetime)
{
    public async Task<RenewalRun> RunAsync(CancellationToken cancellationToken)
    {
        var reminded = await system.SendAsync(new SendRenewalRemindersCommand(), cancellationToken);
        var tried = new HashSet<Guid>();
        var outcomes = new List<RenewalOutcome>();
        while (!lifetime.ApplicationStopping.IsCancellationRequested)
        {
            var due = (await system.QueryAsync(new ListDueSubscriptionsQuery(), cancellationToken)).Where(tried.Add).ToList();
            if (due.Count == 0)
            {
                break;
            }

            foreach (var subscription in due)
            {
                outcomes.Add(await system.SendAsync(new RenewSubscriptionCommand(subscription), cancellationToken));
            }
        }

        return new RenewalRun(reminded, outcomes);
    }
}

public sealed record RenewalRun(int Reminded, IReadOnlyList<RenewalOutcome> Outcomes);
