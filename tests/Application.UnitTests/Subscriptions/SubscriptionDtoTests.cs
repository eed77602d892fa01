using Pixyer.Application.Features.Subscriptions;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.UnitTests.Subscriptions;

public sealed class SubscriptionDtoTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Obligation", "C4")]
    public void From_ASubscriptionWithMoreChangesThanAnAnswerHolds_ShouldKeepTheLatestAndCountThemAll()
    {
        var plan = Plan.Publish("pro", 1, "Pro", 9900, "cny", BillingInterval.Month, 100, Start);
        var subscription = Subscription.Start(new AccountId(Guid.NewGuid()), plan, Start);
        for (var month = 1; month <= SubscriptionDto.RecentHistory + 4; month++)
        {
            subscription.Renew(BillingInterval.Month, Start.AddMonths(month));
        }

        var answered = SubscriptionDto.From(subscription, plan);
        var exported = SubscriptionDto.From(subscription, plan, historyLimit: int.MaxValue);

        Assert.Equal(SubscriptionDto.RecentHistory + 5, answered.HistoryTotal);
        Assert.Equal(SubscriptionDto.RecentHistory, answered.History.Count);
        Assert.Equal(Start.AddMonths(SubscriptionDto.RecentHistory + 4), answered.History[^1].OccurredAt);
        Assert.Equal(answered.HistoryTotal, exported.History.Count);
    }
}
