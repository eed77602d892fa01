using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Payments;
using Pixyer.Infrastructure.Payments;
using Pixyer.Infrastructure.Payments.Stripe;
using Stripe;

namespace Pixyer.Api.IntegrationTests.Payments;

/// <summary>
/// The Stripe adapter, resolved from a container as the host registers it and run against a fake Stripe API on
/// loopback that answers Stripe's documented JSON. No database: the gateway keeps nothing itself.
/// </summary>
public sealed class StripePaymentGatewayTests : IAsyncLifetime
{
    private const string SecretKey = "sk_test_51PixyerTestKey0000000000000000000000";
    private const string CustomerId = "cus_NffrFeUfNV2Hib";
    private const string MethodId = "pm_1Q0PsIJvEtkwdCNYMSaVuRz6";

    private FakeStripeApi stripe = null!;
    private ServiceProvider services = null!;

    private IPaymentGateway Gateway => services.GetRequiredService<IPaymentGateway>();

    private IEnumerable<string> Logged => services.GetRequiredService<CapturingLoggerProvider>().Messages;

    public async Task InitializeAsync()
    {
        stripe = await FakeStripeApi.StartAsync();
        var options = new PaymentOptions
        {
            Provider = PaymentOptions.StripeProvider,
            RecipientKey = "stripe-payments",
            Stripe = { SecretKey = SecretKey, WebhookSecret = StripeEvents.WebhookSecret, BaseUrl = stripe.BaseUrl + "/" },
        };
        Assert.Empty(options.Problems());
        services = new ServiceCollection()
            .AddSingleton<CapturingLoggerProvider>()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<ILoggerProvider>(provider => provider.GetRequiredService<CapturingLoggerProvider>())
            .AddStripePaymentGateway(options)
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await stripe.DisposeAsync();
    }

    [Fact]
    [Trait("Obligation", "C4")]
    [Trait("Obligation", "S1")]
    public async Task CreateCustomer_WhenCalled_ShouldSendTheAccountReferenceAsItsOnlyData()
    {
        stripe.Answer("POST", "/v1/customers", StripeJson.Customer(CustomerId, "acc_7f3a9c1e"));

        var id = await Gateway.CreateCustomerAsync("acc_7f3a9c1e", CancellationToken.None);

        Assert.Equal(CustomerId, id);
        Assert.Equal("stripe-payments", Gateway.RecipientKey);
        var request = stripe.OnlyRequestTo("POST", "/v1/customers");
        Assert.Equal($"Bearer {SecretKey}", request.Authorization);
        Assert.Equal(new Dictionary<string, string> { ["metadata[pixyer_account]"] = "acc_7f3a9c1e" }, request.Form);
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task AttachCard_WhenGivenAToken_ShouldMakeItACardAttachItAndAnswerWhatIdentifiesTheCard()
    {
        stripe.Answer("POST", "/v1/payment_methods", StripeJson.CardMethod(MethodId, customer: null));
        stripe.Answer("POST", $"/v1/payment_methods/{MethodId}/attach", StripeJson.CardMethod(MethodId, CustomerId));

        var card = await Gateway.AttachCardAsync(CustomerId, "tok_visa", CancellationToken.None);

        Assert.Equal(new GatewayCard(MethodId, "visa", "4242", 8, 2027, "Xt5EWLLDS7FJjR1c"), card);
        Assert.Equal(
            new Dictionary<string, string> { ["type"] = "card", ["card[token]"] = "tok_visa" },
            stripe.OnlyRequestTo("POST", "/v1/payment_methods").Form);
        Assert.Equal(
            new Dictionary<string, string> { ["customer"] = CustomerId },
            stripe.OnlyRequestTo("POST", $"/v1/payment_methods/{MethodId}/attach").Form);
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task AttachCard_WhenGivenAPaymentMethodId_ShouldAttachItAsItIs()
    {
        stripe.Answer("POST", $"/v1/payment_methods/{MethodId}/attach", StripeJson.CardMethod(MethodId, CustomerId));

        var card = await Gateway.AttachCardAsync(CustomerId, MethodId, CancellationToken.None);

        Assert.Equal(MethodId, card.MethodId);
        var request = Assert.Single(stripe.Received);
        Assert.Equal($"/v1/payment_methods/{MethodId}/attach", request.Path);
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task AttachCard_WhenTheCardIsExpired_ShouldThrowADeclineWithStripesCode()
    {
        stripe.Answer("POST", "/v1/payment_methods", StripeJson.CardMethod(MethodId, customer: null));
        stripe.Answer(
            "POST", $"/v1/payment_methods/{MethodId}/attach",
            StripeJson.CardError("expired_card", "expired_card", "Your card has expired.", charge: null), status: 402);

        var declined = await Assert.ThrowsAsync<PaymentDeclinedException>(
            () => Gateway.AttachCardAsync(CustomerId, "tok_chargeDeclinedExpiredCard", CancellationToken.None));

        Assert.Equal("expired_card", declined.DeclineCode);
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task AttachCard_WhenStripeRefusesTheRequest_ShouldLetStripesErrorThrough()
    {
        var failure = await Assert.ThrowsAsync<StripeException>(
            () => Gateway.AttachCardAsync(CustomerId, "pm_unknown", CancellationToken.None));

        Assert.Equal(("invalid_request_error", "resource_missing"), (failure.StripeError.Type, failure.StripeError.Code));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task Charge_WhenTheIntentSucceeds_ShouldAnswerTheChargeAndSendTheIdempotencyKey()
    {
        stripe.Answer("POST", "/v1/payment_intents", StripeJson.PaymentIntent("succeeded", latestCharge: "ch_3MtwBwLkdIwHu7ix0snN0B15"));
        var request = new GatewayChargeRequest(CustomerId, MethodId, 1999, "EUR", "subscription-4711-period-3", "Pixyer Pro, March 2026");

        var charge = await Gateway.ChargeAsync(request, CancellationToken.None);

        Assert.Equal(GatewayCharge.Paid("ch_3MtwBwLkdIwHu7ix0snN0B15"), charge);
        var sent = stripe.OnlyRequestTo("POST", "/v1/payment_intents");
        Assert.Equal("subscription-4711-period-3", sent.IdempotencyKey);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["amount"] = "1999",
                ["currency"] = "eur",
                ["customer"] = CustomerId,
                ["payment_method"] = MethodId,
                ["confirm"] = "true",
                ["off_session"] = "true",
                ["description"] = "Pixyer Pro, March 2026",
            },
            sent.Form);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task Charge_WhenTheCardHasInsufficientFunds_ShouldAnswerTheDeclineAndItsCharge()
    {
        stripe.Answer(
            "POST", "/v1/payment_intents",
            StripeJson.CardError("card_declined", "insufficient_funds", "Your card has insufficient funds.", "ch_3MtwBwLkdIwHu7ix1X2Y3Z4a"),
            status: 402);

        var charge = await Gateway.ChargeAsync(
            new GatewayChargeRequest(CustomerId, MethodId, 1999, "eur", "subscription-4711-period-4", "Pixyer Pro, April 2026"),
            CancellationToken.None);

        Assert.Equal(GatewayCharge.Declined("insufficient_funds", "ch_3MtwBwLkdIwHu7ix1X2Y3Z4a"), charge);
        Assert.False(charge.Succeeded);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task Charge_WhenStripeFailsOnItsSide_ShouldReportTheGatewayUnavailable()
    {
        stripe.Answer(
            "POST", "/v1/payment_intents", """{ "error": { "type": "api_error", "message": "An unknown error occurred" } }""", status: 500);

        var failure = await Assert.ThrowsAsync<PaymentGatewayUnavailableException>(() => Gateway.ChargeAsync(
            new GatewayChargeRequest(CustomerId, MethodId, 1999, "eur", "subscription-4711-period-6", "Pixyer Pro, June 2026"),
            CancellationToken.None));

        Assert.Equal((503, "payment-gateway-unavailable"), (failure.Status, failure.ProblemType));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task Charge_WhenTheIntentWaitsForTheHolder_ShouldAnswerItsStatusAsTheDecline()
    {
        stripe.Answer("POST", "/v1/payment_intents", StripeJson.PaymentIntent("requires_action", latestCharge: null));

        var charge = await Gateway.ChargeAsync(
            new GatewayChargeRequest(CustomerId, MethodId, 1999, "eur", "subscription-4711-period-5", "Pixyer Pro, May 2026"),
            CancellationToken.None);

        Assert.Equal(GatewayCharge.Declined("requires_action"), charge);
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task DetachCard_WhenCalled_ShouldDetachThePaymentMethod()
    {
        stripe.Answer("POST", $"/v1/payment_methods/{MethodId}/detach", StripeJson.CardMethod(MethodId, customer: null));

        await Gateway.DetachCardAsync(MethodId, CancellationToken.None);

        stripe.OnlyRequestTo("POST", $"/v1/payment_methods/{MethodId}/detach");
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task DeleteCustomer_WhenCalled_ShouldDeleteTheCustomer()
    {
        stripe.Answer("DELETE", $"/v1/customers/{CustomerId}", $$"""{ "id": "{{CustomerId}}", "object": "customer", "deleted": true }""");

        await Gateway.DeleteCustomerAsync(CustomerId, CancellationToken.None);

        stripe.OnlyRequestTo("DELETE", $"/v1/customers/{CustomerId}");
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task DeleteCustomer_WhenStripeNoLongerHasIt_ShouldSucceed()
    {
        await Gateway.DeleteCustomerAsync("cus_AlreadyGone0001", CancellationToken.None);

        stripe.OnlyRequestTo("DELETE", "/v1/customers/cus_AlreadyGone0001");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Calls_WhenLoggedAtTrace_ShouldNeverLogTheSecretKey()
    {
        stripe.Answer("POST", "/v1/customers", StripeJson.Customer(CustomerId, "acc_7f3a9c1e"));

        await Gateway.CreateCustomerAsync("acc_7f3a9c1e", CancellationToken.None);

        Assert.Contains(Logged, message => message.Contains("Authorization", StringComparison.Ordinal));
        Assert.DoesNotContain(Logged, message => message.Contains(SecretKey, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public void ReadWebhook_WhenARefundIsSignedByStripe_ShouldAnswerTheChargeAndTheAmountRefunded()
    {
        var created = DateTimeOffset.UtcNow.AddSeconds(-3);
        var payload = StripeEvents.ChargeRefunded("evt_3MtwBwLkdIwHu7ix0aSv1ZbY", "ch_3MtwBwLkdIwHu7ix0snN0B15", refunded: 500, created);

        var evt = Gateway.ReadWebhook(payload, StripeEvents.Sign(payload, created));

        Assert.Equal(
            new GatewayEvent("evt_3MtwBwLkdIwHu7ix0aSv1ZbY", PaymentEventTypes.ChargeRefunded, "ch_3MtwBwLkdIwHu7ix0snN0B15", 500,
                DateTimeOffset.FromUnixTimeSeconds(created.ToUnixTimeSeconds())),
            evt);
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public void ReadWebhook_WhenAPaymentMethodIsDetached_ShouldNameIt()
    {
        var created = DateTimeOffset.UtcNow;
        var payload = StripeEvents.PaymentMethodDetached("evt_1Q0PuQJvEtkwdCNYzZ4bCl7X", MethodId, created);

        var evt = Gateway.ReadWebhook(payload, StripeEvents.Sign(payload, created));

        Assert.Equal((PaymentEventTypes.PaymentMethodDetached, MethodId, (long?)null), (evt.Type, evt.ObjectId, evt.AmountMinor));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public void ReadWebhook_WhenSignedWithAnotherSecret_ShouldBeRefused()
    {
        var created = DateTimeOffset.UtcNow;
        var payload = StripeEvents.ChargeRefunded("evt_forged", "ch_forged", refunded: 1999, created);

        Assert.Throws<WebhookSignatureException>(
            () => Gateway.ReadWebhook(payload, StripeEvents.Sign(payload, created, "whsec_someoneElsesSecret")));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public void ReadWebhook_WhenThePayloadWasChangedAfterSigning_ShouldBeRefused()
    {
        var created = DateTimeOffset.UtcNow;
        var payload = StripeEvents.ChargeRefunded("evt_3MtwBwLkdIwHu7ix0aSv1ZbY", "ch_3MtwBwLkdIwHu7ix0snN0B15", refunded: 500, created);
        var signature = StripeEvents.Sign(payload, created);

        Assert.Throws<WebhookSignatureException>(
            () => Gateway.ReadWebhook(payload.Replace("\"amount_refunded\": 500", "\"amount_refunded\": 1999", StringComparison.Ordinal), signature));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public void ReadWebhook_WhenSignedLongerAgoThanTheTolerance_ShouldBeRefusedAsAReplay()
    {
        var created = DateTimeOffset.UtcNow.AddMinutes(-6);
        var payload = StripeEvents.ChargeRefunded("evt_3MtwBwLkdIwHu7ix0aSv1ZbY", "ch_3MtwBwLkdIwHu7ix0snN0B15", refunded: 500, created);

        var refused = Assert.Throws<WebhookSignatureException>(() => Gateway.ReadWebhook(payload, StripeEvents.Sign(payload, created)));

        Assert.Contains("300 s", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public void ReadWebhook_WhenTheSignatureHeaderIsMissing_ShouldBeRefused()
    {
        var payload = StripeEvents.ChargeRefunded("evt_3MtwBwLkdIwHu7ix0aSv1ZbY", "ch_3MtwBwLkdIwHu7ix0snN0B15", refunded: 500, DateTimeOffset.UtcNow);

        Assert.Throws<WebhookSignatureException>(() => Gateway.ReadWebhook(payload, null));
    }
}
