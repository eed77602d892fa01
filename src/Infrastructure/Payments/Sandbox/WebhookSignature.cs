using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Features.PaymentEvents.ReceivePaymentEvent;

namespace Pixyer.Infrastructure.Payments.Sandbox;

/// <summary>
/// Stripe's webhook signature scheme, which the sandbox signs and checks with: the header
/// <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret, "t.payload")&gt;</c>, refused when no <c>v1</c> matches or
/// when <c>t</c> is further from now than the tolerance (a replay).
/// </summary>
public static class WebhookSignature
{
    public static string Sign(string payload, byte[] secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Compute(timestamp, payload, secret)}";
    }

    public static void Verify(string payload, string? header, byte[] secret, TimeSpan tolerance, DateTimeOffset now)
    {
        var parts = (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToList();
        var timestamp = parts.FirstOrDefault(pair => pair[0] == "t")?[1];
        if (timestamp is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new WebhookSignatureException($"The {ReceivePaymentEventCommand.SignatureHeader} header carries no timestamp.");
        }

        var expected = Encoding.ASCII.GetBytes(Compute(timestamp, payload, secret));
        if (!parts.Any(pair => pair[0] == "v1" && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(pair[1]), expected)))
        {
            throw new WebhookSignatureException("No signature of the webhook matches its payload.");
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            throw new WebhookSignatureException("The webhook's timestamp is outside the tolerance: a replay is refused.");
        }
    }

    private static string Compute(string timestamp, string payload, byte[] secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
}
