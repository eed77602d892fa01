using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class PaymentMethodsTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "C4")]
    public async Task AddingAToken_ShouldKeepTheGatewaysIdBrandLastFourAndExpiryOnly()
    {
        await StaffAsync();
        var user = await SignUpAsync();

        var card = await AddedCardAsync(user, "tok_mastercard");

        Assert.Equal(("mastercard", "4444", 12, true), (card.Brand, card.Last4, card.ExpiryMonth, card.IsDefault));
        var stored = await WithDatabaseAsync(db => db.PaymentMethods.AsNoTracking().SingleAsync());
        Assert.StartsWith("pm_sandbox_mastercard_", stored.GatewayMethodId, StringComparison.Ordinal);
        Assert.Equal(16, stored.Fingerprint.Length);
        var listed = await user.Client.GetFromJsonAsync<Paged<PaymentMethodDto>>("/api/v1/me/payment-methods");
        Assert.Equal(card.Id, Assert.Single(listed!.Items).Id);
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task AddingACard_ShouldFirstRecordADisclosureToThePaymentProvider()
    {
        await StaffAsync();
        var user = await SignUpAsync();

        var card = await AddedCardAsync(user);

        var gatewayMethodId = await WithDatabaseAsync(db => db.PaymentMethods.Select(m => m.GatewayMethodId).SingleAsync());
        var disclosure = await WithDatabaseAsync(db => db.Disclosures.AsNoTracking()
            .Join(db.Recipients, d => d.RecipientId, r => r.Id, (d, r) => new { d, r.Key, r.Category })
            .SingleAsync());
        Assert.Equal((PaymentRecipient, RecipientCategory.PaymentProviders), (disclosure.Key, disclosure.Category));
        Assert.Equal(ProcessingPurpose.SubscriptionPayment, disclosure.d.Purpose);
        Assert.Equal([DataCategory.Payment], disclosure.d.DataCategories);
        Assert.Equal(user.User.Id, disclosure.d.SubjectId.Value);
        // The disclosure names the card by Pixyer's id, never the gateway's.
        Assert.Equal(card.Id.ToString(), disclosure.d.Reference);
        Assert.DoesNotContain(gatewayMethodId, disclosure.d.Reference ?? "", StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "S1")]
    [Trait("Obligation", "S2")]
    public async Task WithoutARegisteredPaymentProvider_NoCardIsSentToTheGateway()
    {
        var user = await SignUpAsync();

        var response = await AddCardAsync(user, "tok_visa");

        await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "recipient-not-registered");
        Assert.Equal(0, await WithDatabaseAsync(db => db.PaymentCustomers.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task AnExpiredCard_ShouldBeRefusedWith402AndItsDisclosureKept()
    {
        await StaffAsync();
        var user = await SignUpAsync();

        var response = await AddCardAsync(user, "tok_expiredCard");

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.PaymentRequired, "payment-declined");
        Assert.Equal("expired_card", problem.GetProperty("declineCode").GetString());
        Assert.Equal(0, await WithDatabaseAsync(db => db.PaymentMethods.CountAsync()));
        // The token did reach the gateway, and a customer was made there: both stay on record.
        Assert.Equal(1, await WithDatabaseAsync(db => db.Disclosures.CountAsync()));
        Assert.Equal(1, await WithDatabaseAsync(db => db.PaymentCustomers.CountAsync()));
    }

    [Theory]
    [Trait("Obligation", "C4")]
    [InlineData("""{"token": "4242424242424242"}""")]
    [InlineData("""{"token": "tok_visa", "cardNumber": "4242 4242 4242 4242"}""")]
    [InlineData("""{"token": "tok_visa", "note": {"pan": 4242424242424242}}""")]
    [InlineData("""{"token": "tok_visa-4242-4242-4242-4242"}""")]
    public async Task ABodyCarryingACardNumber_ShouldBeRefusedAndTheNumberKeptNowhere(string body)
    {
        await StaffAsync();
        var user = await SignUpAsync();

        var response = await user.Client.PostAsync("/api/v1/me/payment-methods", JsonBody(body));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "card-number-not-accepted");
        Assert.DoesNotContain("4242", problem.ToString(), StringComparison.Ordinal);
        Assert.Empty(await DatabaseScan.FindAsync(App, "4242424242424242"));
        Assert.Empty(await DatabaseScan.FindAsync(App, "4242 4242"));
        Assert.Equal(0, await WithDatabaseAsync(db => db.PaymentCustomers.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task ACardNumber_ShouldAppearInNoLogAuditEntryOrRow_EvenWithEveryLogLevelOn()
    {
        var logs = new CapturingLoggerProvider();
        await using var node = App.WithSettings(new() { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace" })
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var client = node.CreateApiClient();
        var admin = await SignUpAdminAsync();
        await admin.Client.RegisterRecipientAsync(PaymentRecipient, "payment_providers");
        var user = await SignUpAsync();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", user.Session.Token);

        var response = await client.PostAsync(
            "/api/v1/me/subscriptions", JsonBody("""{"planCode": "pro", "paymentMethodId": "4111111111111111", "card": "5555-5555-5555-4444"}"""));

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "card-number-not-accepted");
        Assert.NotEmpty(logs.Messages);
        foreach (var number in new[] { "4111111111111111", "5555-5555-5555-4444" })
        {
            Assert.DoesNotContain(logs.Messages, m => m.Contains(number, StringComparison.Ordinal));
            Assert.Empty(await DatabaseScan.FindAsync(App, number));
        }
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task SetDefaultAndRemove_ShouldKeepExactlyOneDefault_AndAnotherUserGets404()
    {
        await StaffAsync();
        var user = await SignUpAsync();
        var first = await AddedCardAsync(user, "tok_visa");
        var second = await AddedCardAsync(user, "tok_mastercard");
        var stranger = await SignUpAsync();

        await Expect.StatusAsync(await user.Client.PostAsync($"/api/v1/me/payment-methods/{second.Id}/default", null), HttpStatusCode.OK);
        await Expect.ProblemAsync(
            await stranger.Client.PostAsync($"/api/v1/me/payment-methods/{first.Id}/default", null), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await stranger.Client.DeleteAsync($"/api/v1/me/payment-methods/{first.Id}"), HttpStatusCode.NotFound, "not-found");
        await Expect.StatusAsync(await user.Client.DeleteAsync($"/api/v1/me/payment-methods/{second.Id}"), HttpStatusCode.NoContent);

        var left = (await user.Client.GetFromJsonAsync<Paged<PaymentMethodDto>>("/api/v1/me/payment-methods"))!.Items;
        Assert.Equal((first.Id, true), (Assert.Single(left).Id, left[0].IsDefault));
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task TheLastCardOfARenewingSubscription_CannotBeRemoved()
    {
        var subscriber = await SubscribedAsync();

        var response = await subscriber.User.Client.DeleteAsync($"/api/v1/me/payment-methods/{subscriber.Card.Id}");

        await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "conflict");
    }
}
