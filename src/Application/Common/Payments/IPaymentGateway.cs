using Pixyer.Domain.Billing;
using Pixyer.Domain.Common;

namespace Pixyer.Application.Common.Payments;

/// <summary>
/// The payment gateway (C4, S1): it holds the cards, Pixyer holds its tokens. Every call that sends it a person's data
/// is a disclosure to the recipient <see cref="RecipientKey"/> names; whoever calls records it first
/// (<c>IDisclosureRegister</c>). Two adapters: the sandbox (default, deterministic test tokens) and Stripe. An adapter
/// that cannot reach the gateway, or that the gateway fails on its side, throws <see cref="PaymentGatewayUnavailableException"/>.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>The key of the registered recipient (category payment_providers) the gateway is.</summary>
    string RecipientKey { get; }

    /// <summary>Creates the customer record cards are attached to. <paramref name="reference"/> is Pixyer's account id, nothing else.</summary>
    Task<string> CreateCustomerAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Attaches the card a client tokenized to the customer. A card the gateway refuses throws <see cref="PaymentDeclinedException"/>.</summary>
    Task<GatewayCard> AttachCardAsync(string customerId, string token, CancellationToken cancellationToken);

    /// <summary>Detaches a card from its customer; the gateway forgets it.</summary>
    Task DetachCardAsync(string methodId, CancellationToken cancellationToken);

    /// <summary>
    /// Charges a card. The same <see cref="GatewayChargeRequest.IdempotencyKey"/> answers the first charge's outcome
    /// again and never charges twice, as Stripe's idempotency keys do. A decline is an answer, not an exception.
    /// </summary>
    Task<GatewayCharge> ChargeAsync(GatewayChargeRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes the customer and every card attached to it (the person's erasure).</summary>
    Task DeleteCustomerAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>
    /// Verifies a webhook's signature and freshness and reads the event. A missing, wrong or stale signature throws
    /// <see cref="WebhookSignatureException"/>.
    /// </summary>
    GatewayEvent ReadWebhook(string payload, string? signatureHeader);
}

/// <summary>
/// A card as the gateway stored it: what identifies it to its owner, never its number. Whatever an adapter reads,
/// the brand and the last digits are kept within what Pixyer stores and the API declares.
/// </summary>
public sealed record GatewayCard(string MethodId, string Brand, string Last4, int ExpiryMonth, int ExpiryYear, string Fingerprint)
{
    private readonly string brand = TextBounds.Cut(Brand, PaymentMethod.BrandMaxLength);
    private readonly string last4 = LastDigits(Last4);

    public string Brand { get => brand; init => brand = TextBounds.Cut(value, PaymentMethod.BrandMaxLength); }

    public string Last4 { get => last4; init => last4 = LastDigits(value); }

    private static string LastDigits(string digits) => digits.Length <= PaymentMethod.Last4Length ? digits : digits[^PaymentMethod.Last4Length..];
}

public sealed record GatewayChargeRequest(string CustomerId, string MethodId, long AmountMinor, string Currency, string IdempotencyKey, string Description);

/// <summary>The charge's id when it went through, or the gateway's decline code (cut to what Pixyer stores).</summary>
public sealed record GatewayCharge(string? ChargeId, string? DeclineCode)
{
    private readonly string? declineCode = Bounded(DeclineCode);

    public string? DeclineCode { get => declineCode; init => declineCode = Bounded(value); }

    public bool Succeeded => DeclineCode is null;

    public static GatewayCharge Paid(string chargeId) => new(chargeId, null);

    public static GatewayCharge Declined(string declineCode, string? chargeId = null) => new(chargeId, declineCode);

    private static string? Bounded(string? code) => code is null ? null : TextBounds.Cut(code, PaymentTransaction.DeclineCodeMaxLength);
}

/// <summary>
/// A verified webhook event: what happened (<see cref="PaymentEventTypes"/>) to which gateway object, and for
/// <c>charge.refunded</c> the charge's refunded amount in all (<c>AmountMinor</c>).
/// </summary>
public sealed record GatewayEvent(string Id, string Type, string ObjectId, long? AmountMinor, DateTimeOffset CreatedAt);

/// <summary>The gateway events Pixyer applies; others are stored and ignored.</summary>
public static class PaymentEventTypes
{
    public const string ChargeRefunded = "charge.refunded";

    public const string PaymentMethodDetached = "payment_method.detached";
}
