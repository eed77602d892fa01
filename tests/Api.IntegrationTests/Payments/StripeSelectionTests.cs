using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Payments;
using Pixyer.Application.Features.PaymentEvents.ReceivePaymentEvent;

namespace Pixyer.Api.IntegrationTests.Payments;

/// <summary>The Stripe adapter as configuration selects it, behind the real HTTP pipeline.</summary>
public sealed class StripeSelectionTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "S1")]
    public void Start_WhenStripeLacksItsSecrets_ShouldFailNamingEachOne()
    {
        using var misconfigured = App.WithSettings(new() { ["Pixyer:Payments:Provider"] = "stripe" });

        var failure = Assert.ThrowsAny<Exception>(() => misconfigured.CreateApiClient());

        Assert.Contains("Pixyer:Payments:Stripe:SecretKey", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("Pixyer:Payments:Stripe:WebhookSecret", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task AWebhookSignedByStripe_IsVerifiedByStripeNetAndStoredOnce_WhenStripeIsTheProvider()
    {
        await using var stripe = await FakeStripeApi.StartAsync();
        await using var node = App.WithSettings(new()
        {
            ["Pixyer:Payments:Provider"] = "stripe",
            ["Pixyer:Payments:Stripe:SecretKey"] = "sk_test_51PixyerTestKey0000000000000000000000",
            ["Pixyer:Payments:Stripe:WebhookSecret"] = StripeEvents.WebhookSecret,
            ["Pixyer:Payments:Stripe:BaseUrl"] = stripe.BaseUrl,
        });
        using var client = node.CreateApiClient();
        Assert.Equal("StripePaymentGateway", node.Services.CreateScope().ServiceProvider.GetRequiredService<IPaymentGateway>().GetType().Name);
        var payload = StripeEvents.ChargeRefunded("evt_3MtwBwLkdIwHu7ix0oZ3Rg1c", "ch_3MtwBwLkdIwHu7ix0snN0B15", 1999, DateTimeOffset.UtcNow);

        var receipts = new List<PaymentEventReceipt>();
        for (var delivery = 0; delivery < 2; delivery++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/payments")
            {
                Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Stripe-Signature", StripeEvents.Sign(payload, DateTimeOffset.UtcNow));
            var response = await client.SendAsync(request);
            await Expect.StatusAsync(response, HttpStatusCode.OK);
            receipts.Add((await response.Content.ReadFromJsonAsync<PaymentEventReceipt>())!);
        }

        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/payments")
        {
            Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json"),
        };
        forged.Headers.TryAddWithoutValidation("Stripe-Signature", StripeEvents.Sign(payload, DateTimeOffset.UtcNow, "whsec_someoneElse"));
        await Expect.ProblemAsync(await client.SendAsync(forged), HttpStatusCode.BadRequest, "webhook-signature-invalid");
        Assert.Equal([false, true], receipts.Select(r => r.Duplicate));
        var stored = await WithDatabaseAsync(db => db.PaymentEvents.AsNoTracking().SingleAsync());
        Assert.Equal(("charge.refunded", "ch_3MtwBwLkdIwHu7ix0snN0B15", 1999L), (stored.Type, stored.ObjectId, stored.AmountMinor));
    }
}
