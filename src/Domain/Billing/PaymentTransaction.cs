using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

/// <summary>
/// One charge or refund sent to the payment gateway, whatever its outcome (C8): a declined charge is kept too. The law
/// makes Pixyer keep transactions after the person's erasure; they hold ids, amounts and codes, nothing that names anyone.
/// </summary>
[RetainedAfterErasure(
    "payment-transactions",
    "Accounting law requires the record of every charge and refund to be kept for its legal period (C8, G2); amounts, dates and the pseudonymous account id only.")]
public sealed class PaymentTransaction
{
    public const int DeclineCodeMaxLength = 64;

    private PaymentTransaction()
    {
    }

    public PaymentTransactionId Id { get; private set; }

    /// <summary>The account charged; after its erasure a pseudonymous id that names nobody.</summary>
    public AccountId OwnerId { get; private set; }

    public SubscriptionId? SubscriptionId { get; private set; }

    public PlanId PlanId { get; private set; }

    public TransactionKind Kind { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public TransactionStatus Status { get; private set; }

    /// <summary>The gateway's id of the charge or refund (e.g. <c>ch_…</c>), when it made one.</summary>
    public string? GatewayReference { get; private set; }

    /// <summary>The gateway's reason for a decline (e.g. <c>card_declined</c>).</summary>
    public string? DeclineCode { get; private set; }

    /// <summary>For a refund: the charge it returns money on.</summary>
    public PaymentTransactionId? RefundOf { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static PaymentTransaction Charge(
        PaymentTransactionId id, AccountId owner, SubscriptionId? subscription, Plan plan, TransactionKind kind, long amountMinor,
        string? gatewayReference, string? declineCode, DateTimeOffset now) =>
        new()
        {
            Id = id,
            OwnerId = owner,
            SubscriptionId = subscription,
            PlanId = plan.Id,
            Kind = kind,
            AmountMinor = amountMinor,
            Currency = plan.Currency,
            Status = declineCode is null ? TransactionStatus.Succeeded : TransactionStatus.Failed,
            GatewayReference = gatewayReference,
            DeclineCode = declineCode,
            CreatedAt = now,
        };

    /// <summary>The first period's charge is made before the subscription it pays for exists.</summary>
    public void BelongsTo(SubscriptionId subscription) => SubscriptionId = subscription;

    public PaymentTransaction Refund(long amountMinor, string gatewayReference, DateTimeOffset now) =>
        new()
        {
            Id = PaymentTransactionId.New(),
            OwnerId = OwnerId,
            SubscriptionId = SubscriptionId,
            PlanId = PlanId,
            Kind = TransactionKind.Refund,
            AmountMinor = amountMinor,
            Currency = Currency,
            Status = TransactionStatus.Succeeded,
            GatewayReference = gatewayReference,
            RefundOf = Id,
            CreatedAt = now,
        };
}
