using Pixyer.Application.Common.Payments;
using Stripe;

namespace Pixyer.Infrastructure.Payments.Stripe;

/// <summary>
/// Reads a Stripe webhook. Stripe.net's own <see cref="EventUtility"/> checks the <c>Stripe-Signature</c> header
/// (<c>t=…,v1=…</c>, an HMAC-SHA256 of <c>{t}.{payload}</c> under the endpoint's secret) and that <c>t</c> is within
/// the tolerance of the clock, so a replayed or forged event is refused before anything of it is read.
/// </summary>
internal static class StripeWebhooks
{
    public static GatewayEvent Read(string payload, string? signatureHeader, PaymentOptions options)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw new WebhookSignatureException("The Stripe-Signature header is missing.");
        }

        var tolerance = (long)options.WebhookTolerance.TotalSeconds;
        Event evt;
        try
        {
            // The endpoint's API version may differ from the library's; the fields read below are in every version.
            evt = EventUtility.ConstructEvent(
                payload, signatureHeader, options.Stripe.WebhookSecret, tolerance: tolerance, throwOnApiVersionMismatch: false);
        }
        catch (StripeException failure)
        {
            throw new WebhookSignatureException(
                $"The Stripe-Signature header does not sign this payload within {tolerance} s: {failure.Message}");
        }

        var createdAt = new DateTimeOffset(DateTime.SpecifyKind(evt.Created, DateTimeKind.Utc));
        return evt.Data.Object switch
        {
            Charge charge when evt.Type == PaymentEventTypes.ChargeRefunded =>
                new GatewayEvent(evt.Id, evt.Type, charge.Id, charge.AmountRefunded, createdAt),
            // payment_method.detached names a PaymentMethod; other events are stored with whatever object they name.
            IHasId named => new GatewayEvent(evt.Id, evt.Type, named.Id, null, createdAt),
            _ => new GatewayEvent(evt.Id, evt.Type, "", null, createdAt),
        };
    }
}
