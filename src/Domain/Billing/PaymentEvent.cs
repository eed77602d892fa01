namespace Pixyer.Domain.Billing;

/// <summary>
/// A verified event from the payment gateway's webhook, stored under the gateway's event id so that a redelivery is
/// recognised and the event is applied once. It keeps the event's type and the id of the object it is about, not its body.
/// </summary>
public sealed class PaymentEvent
{
    public const int MaxIdLength = 255;

    private PaymentEvent()
    {
    }

    public string EventId { get; private set; } = "";

    public string Type { get; private set; } = "";

    /// <summary>The gateway's id of what the event is about (a charge, a payment method).</summary>
    public string ObjectId { get; private set; } = "";

    /// <summary>For a refund: how much has been refunded on the charge in all, in the minor unit.</summary>
    public long? AmountMinor { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? AppliedAt { get; private set; }

    /// <summary>What applying it did: <c>applied</c>, or why it changed nothing (<c>unknown_charge</c>, <c>ignored_type</c>).</summary>
    public string? Outcome { get; private set; }

    public static PaymentEvent Receive(string eventId, string type, string objectId, long? amountMinor, DateTimeOffset createdAt, DateTimeOffset now) =>
        new() { EventId = eventId, Type = type, ObjectId = objectId, AmountMinor = amountMinor, CreatedAt = createdAt, ReceivedAt = now };

    public void Applied(string outcome, DateTimeOffset now)
    {
        Outcome = outcome;
        AppliedAt = now;
    }
}
