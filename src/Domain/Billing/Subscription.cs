using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

/// <summary>
/// A person's subscription to a plan version (C4): paid period by period, renewed at the period's end, retried on a
/// dunning schedule when the renewal charge fails, and ended at a period's end when cancelled. Every change is kept
/// in <see cref="History"/>.
/// </summary>
public sealed class Subscription
{
    public const string AccountClosedReason = "account_closed";

    private readonly List<SubscriptionEvent> history = [];

    private Subscription()
    {
    }

    public SubscriptionId Id { get; private set; }

    public AccountId OwnerId { get; private set; }

    public PlanId PlanId { get; private set; }

    [PersonalData]
    public SubscriptionStatus Status { get; private set; }

    /// <summary>How many periods have been paid for, the current one included.</summary>
    public int PeriodsPaid { get; private set; }

    public DateTimeOffset CurrentPeriodStart { get; private set; }

    public DateTimeOffset CurrentPeriodEnd { get; private set; }

    /// <summary>Set by a cancellation: the subscription ends at <see cref="CurrentPeriodEnd"/> instead of renewing.</summary>
    public bool CancelAtPeriodEnd { get; private set; }

    /// <summary>When the next charge (the renewal, or the next retry of a failed one) is due.</summary>
    public DateTimeOffset NextChargeAt { get; private set; }

    /// <summary>Failed renewal charges of the current period.</summary>
    public int FailedCharges { get; private set; }

    /// <summary>The period end a renewal reminder was mailed for, so each renewal is announced once.</summary>
    public DateTimeOffset? ReminderSentFor { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public IReadOnlyList<SubscriptionEvent> History => history;

    public bool IsLive => Status != SubscriptionStatus.Canceled;

    /// <summary>When it renews, or null when it ends at the period's end instead.</summary>
    public DateTimeOffset? RenewsAt => IsLive && !CancelAtPeriodEnd ? CurrentPeriodEnd : null;

    /// <summary>Starts a subscription whose first period was just paid.</summary>
    public static Subscription Start(AccountId owner, Plan plan, DateTimeOffset now)
    {
        var subscription = new Subscription
        {
            Id = SubscriptionId.New(),
            OwnerId = owner,
            PlanId = plan.Id,
            Status = SubscriptionStatus.Active,
            PeriodsPaid = 1,
            CurrentPeriodStart = now,
            CurrentPeriodEnd = plan.Interval.PeriodEnd(now, 1),
            CreatedAt = now,
        };
        subscription.NextChargeAt = subscription.CurrentPeriodEnd;
        subscription.Record(SubscriptionEventKind.Started, null, now);
        return subscription;
    }

    /// <summary>
    /// The renewal charge went through: the next period begins where the last one ended and ends on the subscription's
    /// anniversary day (its first period's start, <see cref="CreatedAt"/>).
    /// </summary>
    public void Renew(BillingInterval interval, DateTimeOffset now)
    {
        PeriodsPaid++;
        CurrentPeriodStart = CurrentPeriodEnd;
        CurrentPeriodEnd = interval.PeriodEnd(CreatedAt, PeriodsPaid);
        NextChargeAt = CurrentPeriodEnd;
        FailedCharges = 0;
        Status = SubscriptionStatus.Active;
        Record(SubscriptionEventKind.Renewed, null, now);
    }

    /// <summary>
    /// The renewal charge failed with <paramref name="declineCode"/>. It is retried <paramref name="retryDays"/> days
    /// after the period's end, each in turn; after the last retry fails the subscription ends. Answers whether it ended.
    /// </summary>
    public bool FailRenewal(IReadOnlyList<int> retryDays, string declineCode, DateTimeOffset now)
    {
        FailedCharges++;
        if (FailedCharges > retryDays.Count)
        {
            End(declineCode, now);
            return true;
        }

        Status = SubscriptionStatus.PastDue;
        NextChargeAt = CurrentPeriodEnd.AddDays(retryDays[FailedCharges - 1]);
        Record(SubscriptionEventKind.RenewalFailed, declineCode, now);
        return false;
    }

    /// <summary>The person cancelled: what was paid for is served until the period's end, then it ends.</summary>
    public void CancelAtEndOfPeriod(DateTimeOffset now)
    {
        CancelAtPeriodEnd = true;
        Record(SubscriptionEventKind.CancellationRequested, null, now);
    }

    public void End(string reason, DateTimeOffset now)
    {
        Status = SubscriptionStatus.Canceled;
        EndedAt = now;
        Record(SubscriptionEventKind.Canceled, reason, now);
    }

    public void MarkReminderSent() => ReminderSentFor = CurrentPeriodEnd;

    private void Record(SubscriptionEventKind kind, string? reason, DateTimeOffset now) =>
        history.Add(SubscriptionEvent.Of(Id, kind, Status, reason, now));
}
