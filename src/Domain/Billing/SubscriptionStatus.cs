namespace Pixyer.Domain.Billing;

public enum SubscriptionStatus
{
    /// <summary>Paid for the current period.</summary>
    Active,

    /// <summary>The renewal charge failed; it is retried on the dunning schedule, and the plan still serves meanwhile.</summary>
    PastDue,

    /// <summary>Ended: cancelled at a period's end, after the last failed retry, or with the account.</summary>
    Canceled,
}
