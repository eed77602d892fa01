namespace Pixyer.Api.IntegrationTests.Payments;

/// <summary>
/// Stripe API answers as Stripe documents them (API reference: Customers, PaymentMethods, PaymentIntents, Errors), for
/// <see cref="FakeStripeApi"/> to serve: Stripe.net must read the real shapes, not ones made to suit the adapter.
/// </summary>
public static class StripeJson
{
    public static string Customer(string id, string reference) => $$"""
        {
          "id": "{{id}}",
          "object": "customer",
          "address": null,
          "balance": 0,
          "created": 1680893993,
          "currency": null,
          "default_source": null,
          "delinquent": false,
          "description": null,
          "email": null,
          "invoice_prefix": "0759376C",
          "invoice_settings": { "custom_fields": null, "default_payment_method": null, "footer": null, "rendering_options": null },
          "livemode": false,
          "metadata": { "pixyer_account": "{{reference}}" },
          "name": null,
          "next_invoice_sequence": 1,
          "phone": null,
          "preferred_locales": [],
          "shipping": null,
          "tax_exempt": "none",
          "test_clock": null
        }
        """;

    /// <summary>A Visa test card (4242), expiring 08/2027; <paramref name="customer"/> null until attached.</summary>
    public static string CardMethod(string id, string? customer) => $$"""
        {
          "id": "{{id}}",
          "object": "payment_method",
          "allow_redisplay": "unspecified",
          "billing_details": {
            "address": { "city": null, "country": null, "line1": null, "line2": null, "postal_code": null, "state": null },
            "email": null,
            "name": null,
            "phone": null
          },
          "card": {
            "brand": "visa",
            "checks": { "address_line1_check": null, "address_postal_code_check": null, "cvc_check": "unchecked" },
            "country": "US",
            "display_brand": "visa",
            "exp_month": 8,
            "exp_year": 2027,
            "fingerprint": "Xt5EWLLDS7FJjR1c",
            "funding": "credit",
            "generated_from": null,
            "last4": "4242",
            "networks": { "available": ["visa"], "preferred": null },
            "three_d_secure_usage": { "supported": true },
            "wallet": null
          },
          "created": 1726673582,
          "customer": {{(customer is null ? "null" : $"\"{customer}\"")}},
          "livemode": false,
          "metadata": {},
          "type": "card"
        }
        """;

    public static string PaymentIntent(string status, string? latestCharge) => $$"""
        {
          "id": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
          "object": "payment_intent",
          "amount": 1999,
          "amount_capturable": 0,
          "amount_received": {{(status == "succeeded" ? 1999 : 0)}},
          "application": null,
          "automatic_payment_methods": null,
          "canceled_at": null,
          "cancellation_reason": null,
          "capture_method": "automatic",
          "client_secret": "pi_3MtwBwLkdIwHu7ix28a3tqPa_secret_YrKJUKribcBjcG8HVhfZluoGH",
          "confirmation_method": "automatic",
          "created": 1680800504,
          "currency": "eur",
          "customer": "cus_NffrFeUfNV2Hib",
          "description": "Pixyer Pro",
          "last_payment_error": null,
          "latest_charge": {{(latestCharge is null ? "null" : $"\"{latestCharge}\"")}},
          "livemode": false,
          "metadata": {},
          "next_action": {{(status == "requires_action" ? """{ "type": "use_stripe_sdk", "use_stripe_sdk": {} }""" : "null")}},
          "payment_method": "pm_1Q0PsIJvEtkwdCNYMSaVuRz6",
          "payment_method_types": ["card"],
          "receipt_email": null,
          "setup_future_usage": null,
          "status": "{{status}}"
        }
        """;

    /// <summary>Stripe's 402 body for a card the issuer refused, with the charge it made when there was one.</summary>
    public static string CardError(string code, string declineCode, string message, string? charge) => $$"""
        {
          "error": {
            "charge": {{(charge is null ? "null" : $"\"{charge}\"")}},
            "code": "{{code}}",
            "decline_code": "{{declineCode}}",
            "doc_url": "https://stripe.com/docs/error-codes/{{code.Replace('_', '-')}}",
            "message": "{{message}}",
            "param": "",
            "request_log_url": "https://dashboard.stripe.com/test/logs/req_8PhpIrFkQn6Xd1",
            "type": "card_error"
          }
        }
        """;
}
