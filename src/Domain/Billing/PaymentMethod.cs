using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

/// <summary>
/// A card held by the payment gateway (C4): Pixyer keeps the gateway's id for it and what a person needs to recognise
/// it (brand, last four digits, expiry), never the card number or its security code.
/// </summary>
public sealed class PaymentMethod
{
    public const int BrandMaxLength = 32;
    public const int Last4Length = 4;

    private PaymentMethod()
    {
    }

    public PaymentMethodId Id { get; private set; }

    public AccountId OwnerId { get; private set; }

    /// <summary>The gateway's id of the stored card (e.g. <c>pm_…</c>).</summary>
    [PersonalData]
    public string GatewayMethodId { get; private set; } = "";

    [PersonalData]
    public string Brand { get; private set; } = "";

    [PersonalData]
    public string Last4 { get; private set; } = "";

    [PersonalData]
    public int ExpiryMonth { get; private set; }

    [PersonalData]
    public int ExpiryYear { get; private set; }

    /// <summary>The gateway's fingerprint of the card number: the same card added twice has the same one.</summary>
    [PersonalData]
    public string Fingerprint { get; private set; } = "";

    public bool IsDefault { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary><paramref name="id"/> is chosen before the card is sent to the gateway, so the disclosure can name it.</summary>
    public static PaymentMethod Add(
        PaymentMethodId id, AccountId owner, string gatewayMethodId, string brand, string last4, int expiryMonth, int expiryYear, string fingerprint, bool isDefault,
        DateTimeOffset now) =>
        new()
        {
            Id = id,
            OwnerId = owner,
            GatewayMethodId = gatewayMethodId,
            Brand = brand,
            Last4 = last4,
            ExpiryMonth = expiryMonth,
            ExpiryYear = expiryYear,
            Fingerprint = fingerprint,
            IsDefault = isDefault,
            CreatedAt = now,
        };

    public void MakeDefault() => IsDefault = true;

    public void ClearDefault() => IsDefault = false;
}
