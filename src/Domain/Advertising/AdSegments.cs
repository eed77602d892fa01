using Pixyer.Domain.Billing;

namespace Pixyer.Domain.Advertising;

/// <summary>The rules that place a person's activity in the plan and generation-volume segments.</summary>
public static class AdSegments
{
    public const int RegularCreatorFrom = 5;
    public const int PowerCreatorFrom = 20;

    /// <summary>The plan segment: the billing interval of a running subscription, or none.</summary>
    public static AdSegment OfPlan(BillingInterval? runningSubscription) => runningSubscription switch
    {
        null => AdSegment.FreePlan,
        BillingInterval.Month => AdSegment.MonthlyPlan,
        BillingInterval.Year => AdSegment.YearlyPlan,
        _ => throw new ArgumentOutOfRangeException(nameof(runningSubscription), runningSubscription, "Unknown billing interval."),
    };

    /// <summary>The volume segment of the generations requested in the activity window; none for none.</summary>
    public static AdSegment? OfVolume(int generations) => generations switch
    {
        <= 0 => null,
        < RegularCreatorFrom => AdSegment.OccasionalCreator,
        < PowerCreatorFrom => AdSegment.RegularCreator,
        _ => AdSegment.PowerCreator,
    };
}
