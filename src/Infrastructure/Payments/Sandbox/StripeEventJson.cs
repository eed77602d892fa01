using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Pixyer.Application.Common.Payments;

namespace Pixyer.Infrastructure.Payments.Sandbox;

/// <summary>Reads a webhook event in Stripe's JSON shape (<c>id</c>, <c>type</c>, <c>created</c>, <c>data.object</c>).</summary>
internal static class StripeEventJson
{
    public static GatewayEvent Read(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            var data = root.GetProperty("data").GetProperty("object");
            return new GatewayEvent(
                root.GetProperty("id").GetString() ?? throw new FormatException("An event has an id."),
                root.GetProperty("type").GetString() ?? throw new FormatException("An event has a type."),
                data.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "",
                data.TryGetProperty("amount_refunded", out var refunded) && refunded.ValueKind == JsonValueKind.Number ? refunded.GetInt64() : null,
                DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("created").GetInt64()));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new ValidationException([new ValidationFailure("payload", "The webhook's payload is not an event of the gateway.")]);
        }
    }
}
