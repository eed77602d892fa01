using System.Security.Cryptography;
using System.Text;

namespace Pixyer.Api.IntegrationTests.Payments;

/// <summary>
/// Webhook events as Stripe sends them, and Stripe's signature over them, computed here from Stripe's documented scheme
/// (not with Stripe.net's helper) so the adapter is checked against the scheme itself.
/// </summary>
public static class StripeEvents
{
    public const string WebhookSecret = "whsec_pixyerTestEndpointSecret0123456789";

    /// <summary><c>Stripe-Signature: t={unix},v1={hex of HMAC-SHA256(secret, "{t}.{payload}")}</c>.</summary>
    public static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(signature)}";
    }

    public static string ChargeRefunded(string id, string chargeId, long refunded, DateTimeOffset created) => Event(id, "charge.refunded", created, $$"""
        {
              "id": "{{chargeId}}",
              "object": "charge",
              "amount": 1999,
              "amount_captured": 1999,
              "amount_refunded": {{refunded}},
              "balance_transaction": "txn_3MtwBwLkdIwHu7ix0bM4PnSr",
              "billing_details": { "address": null, "email": null, "name": null, "phone": null },
              "captured": true,
              "created": 1680800504,
              "currency": "eur",
              "customer": "cus_NffrFeUfNV2Hib",
              "description": "Pixyer Pro",
              "disputed": false,
              "livemode": false,
              "metadata": {},
              "paid": true,
              "payment_intent": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
              "payment_method": "pm_1Q0PsIJvEtkwdCNYMSaVuRz6",
              "refunded": false,
              "status": "succeeded"
            }
        """);

    public static string PaymentMethodDetached(string id, string methodId, DateTimeOffset created) => Event(id, "payment_method.detached", created, $$"""
        {
              "id": "{{methodId}}",
              "object": "payment_method",
              "billing_details": { "address": null, "email": null, "name": null, "phone": null },
              "card": { "brand": "visa", "country": "US", "exp_month": 8, "exp_year": 2027, "fingerprint": "Xt5EWLLDS7FJjR1c", "funding": "credit", "last4": "4242" },
              "created": 1726673582,
              "customer": null,
              "livemode": false,
              "metadata": {},
              "type": "card"
            }
        """);

    private static string Event(string id, string type, DateTimeOffset created, string dataObject) => $$"""
        {
          "id": "{{id}}",
          "object": "event",
          "api_version": "2025-08-27.basil",
          "created": {{created.ToUnixTimeSeconds()}},
          "data": {
            "object": {{dataObject.Trim()}}
          },
          "livemode": false,
          "pending_webhooks": 1,
          "request": { "id": "req_8PhpIrFkQn6Xd1", "idempotency_key": "2f3a1c4e-7b9d-4e2a-8c6f-1d5e9b3a7c20" },
          "type": "{{type}}"
        }
        """;
}
