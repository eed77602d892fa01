namespace Pixyer.Domain.Billing;

public enum BillingInterval
{
    Month,
    Year,
}

public static class BillingIntervals
{
    /// <summary>
    /// The end of the <paramref name="periods"/>-th period counted from <paramref name="anchor"/>, the first period's
    /// start. Counted from the anchor, not from the last end, so a subscription begun on the 31st renews on the last
    /// day of a short month and on the 31st again after it, never drifting to the 28th.
    /// </summary>
    public static DateTimeOffset PeriodEnd(this BillingInterval interval, DateTimeOffset anchor, int periods) =>
        interval == BillingInterval.Year ? anchor.AddYears(periods) : anchor.AddMonths(periods);
}
