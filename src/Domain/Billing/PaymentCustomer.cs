using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

/// <summary>The account's customer record at the payment gateway, made when the first card is added.</summary>
public sealed class PaymentCustomer
{
    private PaymentCustomer()
    {
    }

    public AccountId AccountId { get; private set; }

    /// <summary>The gateway's id of the customer (e.g. <c>cus_…</c>).</summary>
    [PersonalData]
    public string GatewayCustomerId { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static PaymentCustomer Create(AccountId account, string gatewayCustomerId, DateTimeOffset now) =>
        new() { AccountId = account, GatewayCustomerId = gatewayCustomerId, CreatedAt = now };
}
