using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Deletion;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Application.Features.Plans;
using Pixyer.Application.Features.Subscriptions.Subscribe;
using Pixyer.Domain.Billing;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Payments.Sandbox;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

/// <summary>
/// The steps the billing tests share, as the SPA and the staff take them: a payment provider registered as a
/// recipient, a plan published, a card added by its sandbox token, a subscription bought with an Idempotency-Key.
/// </summary>
public abstract class BillingTest(PixyerApiFactory app) : DeletionTest(app)
{
    public const string PaymentRecipient = "payment-provider";

    /// <summary>The gateway the app talks to: its ledger is what the card network would have seen.</summary>
    protected SandboxPaymentGateway Gateway => App.Services.GetRequiredService<SandboxPaymentGateway>();

    /// <summary>An admin, with the sandbox gateway registered as the payment-provider recipient (S1).</summary>
    protected async Task<SignedIn> StaffAsync()
    {
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterRecipientAsync(PaymentRecipient, "payment_providers", name: "Sandbox Payments Co.");
        return admin;
    }

    protected static async Task<PlanDto> PublishPlanAsync(
        SignedIn admin, string code = "pro", long priceMinor = 9900, string interval = "month", int includedGenerations = 100, string currency = "CNY")
    {
        var response = await admin.Client.PostAsJsonAsync(
            "/api/v1/admin/plans", new { code, name = $"Pro {code}", priceMinor, currency, interval, includedGenerations });
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<PlanDto>())!;
    }

    protected static Task<HttpResponseMessage> AddCardAsync(SignedIn user, string token) =>
        user.Client.PostAsJsonAsync("/api/v1/me/payment-methods", new { token });

    protected static async Task<PaymentMethodDto> AddedCardAsync(SignedIn user, string token = "tok_visa")
    {
        var response = await AddCardAsync(user, token);
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<PaymentMethodDto>())!;
    }

    protected static Task<HttpResponseMessage> SubscribeAsync(SignedIn user, string planCode, Guid paymentMethodId, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/subscriptions")
        {
            Content = JsonContent.Create(new { planCode, paymentMethodId }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return user.Client.SendAsync(request);
    }

    /// <summary>A verified adult subscribed to a fresh plan with the card of <paramref name="token"/>.</summary>
    protected async Task<Subscriber> SubscribedAsync(string token = "tok_visa", string interval = "month", int includedGenerations = 100)
    {
        var admin = await StaffAsync();
        var plan = await PublishPlanAsync(admin, interval: interval, includedGenerations: includedGenerations);
        var user = await SignUpAsync();
        var card = await AddedCardAsync(user, token);
        var response = await SubscribeAsync(user, plan.Code, card.Id, Guid.NewGuid().ToString());
        await Expect.StatusAsync(response, HttpStatusCode.Created);
        return new Subscriber(user, admin, plan, card, (await response.Content.ReadFromJsonAsync<SubscriptionReceipt>())!);
    }

    /// <summary>What the gateway charged a card, declined attempts included.</summary>
    protected async Task<IReadOnlyList<SandboxCharge>> ChargesOfAsync(Guid paymentMethodId)
    {
        var id = new PaymentMethodId(paymentMethodId);
        var gatewayMethodId = await WithDatabaseAsync(db => db.PaymentMethods.Where(m => m.Id == id).Select(m => m.GatewayMethodId).SingleAsync());
        return Gateway.Charges.Where(c => c.MethodId == gatewayMethodId).ToList();
    }

    /// <summary>Posts a webhook as the gateway does, with its signature header when there is one.</summary>
    protected Task<HttpResponseMessage> DeliverWebhookAsync(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks/payments") { Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        return Client.SendAsync(request);
    }

    /// <summary>An event in Stripe's shape, as its webhooks send them.</summary>
    protected string WebhookEvent(string id, string type, string objectId, long? amountRefunded = null) =>
        JsonSerializer.Serialize(new
        {
            id,
            @object = "event",
            api_version = "2024-06-20",
            created = App.Clock.GetUtcNow().ToUnixTimeSeconds(),
            livemode = false,
            pending_webhooks = 1,
            type,
            data = new
            {
                @object = amountRefunded is null
                    ? (object)new { id = objectId, @object = "payment_method", type = "card" }
                    : new { id = objectId, @object = "charge", amount = 9900, amount_refunded = amountRefunded, currency = "cny", refunded = true },
            },
        });

    protected Task<RenewalRun> RenewAsync() => App.Services.GetRequiredService<SubscriptionRenewer>().RunAsync(CancellationToken.None);
}

public sealed record Subscriber(SignedIn User, SignedIn Admin, PlanDto Plan, PaymentMethodDto Card, SubscriptionReceipt Receipt);
