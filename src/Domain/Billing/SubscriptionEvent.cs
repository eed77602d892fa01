using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

/// <summary>One change of a subscription, kept so its full history can be read back (C4).</summary>
public sealed class SubscriptionEvent
{
    /// <summary>A reason is a gateway's decline code or one of Pixyer's own (<see cref="Subscription.AccountClosedReason"/>).</summary>
    public const int ReasonMaxLength = PaymentTransaction.DeclineCodeMaxLength;

    private SubscriptionEvent()
    {
    }

    public SubscriptionEventId Id { get; private set; }

    public SubscriptionId SubscriptionId { get; private set; }

    [PersonalData]
    public SubscriptionEventKind Kind { get; private set; }

    /// <summary>The subscription's status after the change.</summary>
    public SubscriptionStatus Status { get; private set; }

    /// <summary>A machine-readable reason (the gateway's decline code, <c>period_end</c>, …); never a personal value.</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    internal static SubscriptionEvent Of(SubscriptionId subscription, SubscriptionEventKind kind, SubscriptionStatus status, string? reason, DateTimeOffset now) =>
        new() { Id = SubscriptionEventId.New(), SubscriptionId = subscription, Kind = kind, Status = status, Reason = reason, OccurredAt = now };
}
