namespace Pixyer.Domain.Billing;

public enum BillingInterval
{
    Month,
    Year,
}

public static class BillingIntervals
{
    /// <summary>The end of the period that starts at <paramref name="start"/>.</summary>
    public static DateTimeOffset PeriodEnd(this BillingInterval interval, DateTimeOffset start) =>
        interval == BillingInterval.Year ? start.AddYears(1) : start.AddMonths(1);
}
