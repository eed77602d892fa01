using Pixyer.Domain.Accounts;
using Pixyer.Domain.Advertising;
using Pixyer.Domain.Billing;

namespace Pixyer.Domain.UnitTests.Advertising;

[Trait("Obligation", "U3")]
public sealed class AdSegmentsTests
{
    [Theory]
    [InlineData(0, null)]
    [InlineData(1, AdSegment.OccasionalCreator)]
    [InlineData(4, AdSegment.OccasionalCreator)]
    [InlineData(5, AdSegment.RegularCreator)]
    [InlineData(19, AdSegment.RegularCreator)]
    [InlineData(20, AdSegment.PowerCreator)]
    public void OfVolume_ShouldBucketTheGenerationsOfTheWindow(int generations, AdSegment? expected) =>
        Assert.Equal(expected, AdSegments.OfVolume(generations));

    [Theory]
    [InlineData(null, AdSegment.FreePlan)]
    [InlineData(BillingInterval.Month, AdSegment.MonthlyPlan)]
    [InlineData(BillingInterval.Year, AdSegment.YearlyPlan)]
    public void OfPlan_ShouldNameTheRunningSubscriptionsInterval(BillingInterval? running, AdSegment expected) =>
        Assert.Equal(expected, AdSegments.OfPlan(running));

    [Fact]
    public void Recompute_ShouldKeepEachSegmentOnceInListOrderAndTheNewTime()
    {
        var owner = new AccountId(Guid.CreateVersion7());
        var first = DateTimeOffset.UnixEpoch;
        var profile = AdProfile.Compute(owner, [AdSegment.FreePlan], first);

        profile.Recompute([AdSegment.PowerCreator, AdSegment.TemplateGradient, AdSegment.PowerCreator], first.AddHours(1));

        Assert.Equal([AdSegment.TemplateGradient, AdSegment.PowerCreator], profile.Segments);
        Assert.Equal(first.AddHours(1), profile.ComputedAt);
    }
}
