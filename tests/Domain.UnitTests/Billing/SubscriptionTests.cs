using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Domain.UnitTests.Billing;

[Trait("Obligation", "C4")]
public sealed class SubscriptionTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 31, 9, 0, 0, TimeSpan.Zero);
    private static readonly Plan Monthly = Plan.Publish("pro", 1, "Pro", 9900, "cny", BillingInterval.Month, 100, Start);

    [Fact]
    public void Renewals_ShouldStartWhereTheLastPeriodEnded_AndKeepTheAnniversaryDay()
    {
        var subscription = Subscription.Start(new AccountId(Guid.NewGuid()), Monthly, Start);
        var ends = new List<DateTimeOffset> { subscription.CurrentPeriodEnd };

        for (var renewal = 0; renewal < 3; renewal++)
        {
            var previousEnd = subscription.CurrentPeriodEnd;
            subscription.Renew(BillingInterval.Month, previousEnd.AddHours(1));
            Assert.Equal(previousEnd, subscription.CurrentPeriodStart);
            ends.Add(subscription.CurrentPeriodEnd);
        }

        // Begun on 31 January: the short months end on their last day, the long ones on the 31st again.
        Assert.Equal([28, 31, 30, 31], ends.Select(e => e.Day));
        Assert.Equal(subscription.CurrentPeriodEnd, subscription.NextChargeAt);
        Assert.Equal(4, subscription.PeriodsPaid);
    }

    [Fact]
    public void FailedRenewals_ShouldRetryOnTheScheduleFromThePeriodsEnd_ThenEnd()
    {
        var subscription = Subscription.Start(new AccountId(Guid.NewGuid()), Monthly, Start);
        var end = subscription.CurrentPeriodEnd;
        int[] retryDays = [1, 3, 7];

        var retries = new List<DateTimeOffset>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.False(subscription.FailRenewal(retryDays, "card_declined", end.AddDays(attempt)));
            retries.Add(subscription.NextChargeAt);
        }

        Assert.Equal([end.AddDays(1), end.AddDays(3), end.AddDays(7)], retries);
        Assert.Equal(SubscriptionStatus.PastDue, subscription.Status);
        Assert.True(subscription.FailRenewal(retryDays, "card_declined", end.AddDays(7)));
        Assert.Equal((SubscriptionStatus.Canceled, (DateTimeOffset?)null), (subscription.Status, subscription.RenewsAt));
    }

    [Fact]
    public void ACancellation_ShouldStopTheRenewalButKeepThePeriod()
    {
        var subscription = Subscription.Start(new AccountId(Guid.NewGuid()), Monthly, Start);

        subscription.CancelAtEndOfPeriod(Start.AddDays(3));

        Assert.Equal((SubscriptionStatus.Active, (DateTimeOffset?)null), (subscription.Status, subscription.RenewsAt));
        Assert.Equal(
            [SubscriptionEventKind.Started, SubscriptionEventKind.CancellationRequested],
            subscription.History.Select(e => e.Kind));
    }

    [Theory]
    [InlineData(1999, 0, 0, 1999)]
    [InlineData(1999, 1300, 260, 2259)]
    [InlineData(1000, 600, 60, 1060)]
    [InlineData(5, 1000, 1, 6)]
    public void Tax_ShouldBeRoundedHalfAwayFromZeroAndAddedToThePrice(long price, int basisPoints, long tax, long total) =>
        Assert.Equal((tax, total), (TaxedPrice.Of(price, basisPoints).TaxMinor, TaxedPrice.Of(price, basisPoints).TotalMinor));
}
