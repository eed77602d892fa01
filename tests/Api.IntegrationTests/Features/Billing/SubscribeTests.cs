using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Invoices.ListMyInvoices;
using Pixyer.Application.Features.Privacy.ListProcessingActivities;
using Pixyer.Application.Features.Subscriptions;
using Pixyer.Application.Features.Subscriptions.Subscribe;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class SubscribeTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "C8")]
    public async Task Subscribing_ShouldChargeOnceAndIssueAnInvoiceWithEveryDetail()
    {
        var admin = await StaffAsync();
        var plan = await PublishPlanAsync(admin, "studio", priceMinor: 4900, includedGenerations: 250);
        var user = await SignUpAsync();
        var card = await AddedCardAsync(user);

        var response = await SubscribeAsync(user, "studio", card.Id, "first-try");

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var receipt = (await response.Content.ReadFromJsonAsync<SubscriptionReceipt>())!;
        var subscription = receipt.Subscription;
        Assert.Equal(("active", "studio", 1), (subscription.Status, subscription.PlanCode, subscription.PlanVersion));
        Assert.Equal(subscription.CurrentPeriodStart.AddMonths(1), subscription.CurrentPeriodEnd);
        Assert.Equal(subscription.CurrentPeriodEnd, subscription.RenewsAt);
        Assert.Equal("started", Assert.Single(subscription.History).Kind);
        var charge = Assert.Single(await ChargesOfAsync(card.Id));
        Assert.Equal((4900L, "CNY", true), (charge.AmountMinor, charge.Currency, charge.Succeeded));

        var invoice = receipt.Invoice;
        Assert.Matches($"^{subscription.CurrentPeriodStart.Year}-000001$", invoice.Number);
        Assert.Equal(("studio", 1, plan.Name, "month", 250), (invoice.PlanCode, invoice.PlanVersion, invoice.PlanName, invoice.Interval, invoice.IncludedGenerations));
        Assert.Equal((subscription.CurrentPeriodStart, subscription.CurrentPeriodEnd), (invoice.PeriodStart, invoice.PeriodEnd));
        Assert.Equal((4900L, 0, 0L, 4900L, "CNY"), (invoice.PriceMinor, invoice.TaxRateBasisPoints, invoice.TaxMinor, invoice.TotalMinor, invoice.Currency));
        Assert.Equal(("paid", "pending"), (invoice.PaymentStatus, invoice.DeliveryStatus));

        var mail = await Mailbox.DeliverAndReadLastAsync(user.User.Email);
        Assert.Equal($"Your Pixyer invoice {invoice.Number}", mail.Subject);
        Assert.Contains("Total:           49.00 CNY", mail.TextBody, StringComparison.Ordinal);
        var listed = (await user.Client.GetFromJsonAsync<Paged<TransactionDto>>("/api/v1/me/invoices"))!;
        var transaction = Assert.Single(listed.Items);
        Assert.Equal(("first_period", "succeeded", "sent"), (transaction.Kind, transaction.Status, transaction.Invoice!.DeliveryStatus));
        var document = await user.Client.GetStringAsync($"/api/v1/me/invoices/{invoice.Id}/document");
        Assert.Contains($"INVOICE {invoice.Number}", document, StringComparison.Ordinal);
        Assert.Contains("250 image generations per month", document, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task ConfiguredTax_ShouldBeAddedToThePriceShownAndCharged()
    {
        await using var taxed = App.WithSettings(new() { ["Pixyer:Payments:TaxRateBasisPoints"] = "1300" });
        var admin = await StaffAsync();
        await PublishPlanAsync(admin, "taxed", priceMinor: 1999);
        var user = await SignUpAsync();
        var card = await AddedCardAsync(user);
        using var client = taxed.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/subscriptions")
        {
            Content = JsonContent.Create(new { planCode = "taxed", paymentMethodId = card.Id }),
            Headers = { { "Idempotency-Key", "taxed-1" } },
        });

        await Expect.StatusAsync(response, HttpStatusCode.Created);
        var invoice = (await response.Content.ReadFromJsonAsync<SubscriptionReceipt>())!.Invoice;
        Assert.Equal((1999L, 1300, 260L, 2259L), (invoice.PriceMinor, invoice.TaxRateBasisPoints, invoice.TaxMinor, invoice.TotalMinor));
        var charged = await WithDatabaseAsync(db => db.PaymentTransactions.AsNoTracking().Select(t => t.AmountMinor).SingleAsync());
        Assert.Equal(2259L, charged);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task TwentyConcurrentCopiesWithOneKey_ShouldChargeOnceAndAnswerTheSameReceipt()
    {
        var admin = await StaffAsync();
        await PublishPlanAsync(admin);
        var user = await SignUpAsync();
        var card = await AddedCardAsync(user);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SubscribeAsync(user, "pro", card.Id, "double-click")));

        foreach (var response in responses)
        {
            await Expect.StatusAsync(response, HttpStatusCode.Created);
        }

        var receipts = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<SubscriptionReceipt>()));
        Assert.Single(receipts.Select(r => (r!.Subscription.Id, r.Invoice.Id)).Distinct());
        Assert.Single(await ChargesOfAsync(card.Id));
        Assert.Equal(1, await WithDatabaseAsync(db => db.Subscriptions.CountAsync()));
        Assert.Equal(1, await WithDatabaseAsync(db => db.PaymentTransactions.CountAsync()));
        Assert.Equal(1, await WithDatabaseAsync(db => db.Invoices.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task TheSameKeyWithAnotherBody_ShouldBe422_AndNoKeyAt400()
    {
        var subscriber = await SubscribedAsync();
        var key = await WithDatabaseAsync(db => db.IdempotencyRecords.Select(r => r.Key).SingleAsync());
        var other = await AddedCardAsync(subscriber.User, "tok_mastercard");

        await Expect.ProblemAsync(await SubscribeAsync(subscriber.User, "pro", other.Id, key), HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        var problem = await Expect.ProblemAsync(await SubscribeAsync(subscriber.User, "pro", other.Id, null), HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("idempotency-Key", out _), problem.ToString());
        Assert.Empty(await ChargesOfAsync(other.Id));
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task ACardWhoseOwnIdEndsInDigitsThatPassLuhn_CanStillBeSubscribedWith()
    {
        var admin = await StaffAsync();
        await PublishPlanAsync(admin);
        var user = await SignUpAsync();
        await AddedCardAsync(user);
        // About one id in 500 that the API hands out ends in 16 digits that pass the Luhn check, as this one does.
        var luhnTail = new PaymentMethodId(Guid.Parse("01a24e02-48d0-739f-8170-100000000005"));
        await WithDatabaseAsync(db => db.PaymentMethods.ExecuteUpdateAsync(u => u.SetProperty(m => m.Id, luhnTail)));

        var response = await SubscribeAsync(user, "pro", luhnTail.Value, "luhn-id");

        await Expect.StatusAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task ASecondSubscription_ShouldBe409_WithoutACharge()
    {
        var subscriber = await SubscribedAsync();

        var response = await SubscribeAsync(subscriber.User, "pro", subscriber.Card.Id, "another-key");

        await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "conflict");
        Assert.Single(await ChargesOfAsync(subscriber.Card.Id));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task ADeclinedCard_ShouldBe402WithNoSubscription_AndTheFailedTransactionKept()
    {
        var admin = await StaffAsync();
        await PublishPlanAsync(admin);
        var user = await SignUpAsync();
        var card = await AddedCardAsync(user, "tok_chargeDeclined");

        var response = await SubscribeAsync(user, "pro", card.Id, "declined");

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.PaymentRequired, "payment-declined");
        Assert.Equal("card_declined", problem.GetProperty("declineCode").GetString());
        Assert.Equal(0, await WithDatabaseAsync(db => db.Subscriptions.CountAsync()));
        Assert.Equal(0, await WithDatabaseAsync(db => db.Invoices.CountAsync()));
        var listed = (await user.Client.GetFromJsonAsync<Paged<TransactionDto>>("/api/v1/me/invoices"))!;
        var failed = Assert.Single(listed.Items);
        Assert.Equal(("failed", "card_declined", null), (failed.Status, failed.DeclineCode, failed.Invoice));
        // The card went to the gateway twice (attach, charge): both disclosures stay.
        Assert.Equal(2, await WithDatabaseAsync(db => db.Disclosures.CountAsync(d => d.SubjectId == new AccountId(user.User.Id))));
    }

    [Fact]
    [Trait("Obligation", "A1")]
    public async Task AnUnverifiedAccount_ShouldBe403AgeVerificationRequired()
    {
        var admin = await StaffAsync();
        await PublishPlanAsync(admin);
        var registered = await RegisterAsync();
        var session = await LogInAsync(registered);
        var user = new SignedIn(registered, session, BearerClient(session.Token));
        var card = await AddedCardAsync(user);

        await Expect.ProblemAsync(await SubscribeAsync(user, "pro", card.Id, "unverified"), HttpStatusCode.Forbidden, "age-verification-required");
        Assert.Empty(await ChargesOfAsync(card.Id));
    }

    [Fact]
    [Trait("Obligation", "A1")]
    public async Task AnAccountWhoseDateOfBirthMakesAMinorToday_ShouldBe403()
    {
        var admin = await StaffAsync();
        await PublishPlanAsync(admin);
        var user = await SignUpAsync();
        var card = await AddedCardAsync(user);
        // An account from before the age check at registration: its stored date of birth is 17 years back.
        var seventeen = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddYears(-17);
        await WithDatabaseAsync(db => db.Accounts.Where(a => a.Id == new AccountId(user.User.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.DateOfBirth, seventeen)));

        await Expect.ProblemAsync(await SubscribeAsync(user, "pro", card.Id, "minor"), HttpStatusCode.Forbidden, "age-verification-required");
        Assert.Empty(await ChargesOfAsync(card.Id));
        Assert.Equal(0, await WithDatabaseAsync(db => db.Subscriptions.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task AnotherPersonsCardOrInvoice_ShouldBe404()
    {
        var subscriber = await SubscribedAsync();
        var stranger = await SignUpAsync();

        await Expect.ProblemAsync(await SubscribeAsync(stranger, "pro", subscriber.Card.Id, "theirs"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(
            await stranger.Client.GetAsync($"/api/v1/me/invoices/{subscriber.Receipt.Invoice.Id}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(
            await stranger.Client.GetAsync($"/api/v1/me/invoices/{subscriber.Receipt.Invoice.Id}/document"), HttpStatusCode.NotFound, "not-found");
        Assert.Empty((await stranger.Client.GetFromJsonAsync<Paged<SubscriptionDto>>("/api/v1/me/subscriptions"))!.Items);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task APriceChange_ShouldPublishANewVersion_AndLeaveWhatWasBoughtAsItWas()
    {
        var subscriber = await SubscribedAsync();

        var raised = await PublishPlanAsync(subscriber.Admin, "pro", priceMinor: 12900);

        Assert.Equal(2, raised.Version);
        var onSale = await Client.GetFromJsonAsync<Paged<Pixyer.Application.Features.Plans.PlanDto>>("/api/v1/plans");
        Assert.Equal((2, 12900L), (Assert.Single(onSale!.Items).Version, onSale.Items[0].PriceMinor));
        var mine = (await subscriber.User.Client.GetFromJsonAsync<Paged<SubscriptionDto>>("/api/v1/me/subscriptions"))!.Items[0];
        Assert.Equal(1, mine.PlanVersion);
        App.Clock.Advance(TimeSpan.FromDays(32));
        await RenewAsync();
        var charges = await ChargesOfAsync(subscriber.Card.Id);
        Assert.Equal([9900L, 9900L], charges.Select(c => c.AmountMinor));
        Assert.Equal(1, await WithDatabaseAsync(db => db.Plans.CountAsync(p => p.Active)));
    }

    [Fact]
    [Trait("Obligation", "U1")]
    public async Task TheProcessingRegister_ListsSubscriptionPaymentsUnderU1_WithThePaymentProviderAsRecipient()
    {
        var register = (await Client.GetFromJsonAsync<ProcessingActivityList>("/api/v1/privacy/processing-activities"))!;

        var subscribe = Assert.Single(register.Items, a => a.Request == nameof(SubscribeCommand));
        Assert.Equal(("subscription_payment", "contract"), (subscribe.Purpose, subscribe.LegalBasis));
        Assert.Contains("U1", subscribe.Obligations);
        Assert.Equal(["payment", "transactions"], subscribe.DataCategories);
        Assert.Contains("payment_providers", subscribe.RecipientCategories);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task Plans_ArePublishedByAdminsOnly_AndValidated()
    {
        var admin = await StaffAsync();
        var user = await SignUpAsync();

        var byCustomer = await user.Client.PostAsJsonAsync(
            "/api/v1/admin/plans", new { code = "x", name = "X", priceMinor = 1, currency = "CNY", interval = "month", includedGenerations = 1 });
        var invalid = await admin.Client.PostAsJsonAsync(
            "/api/v1/admin/plans", new { code = "Bad Code", name = "", priceMinor = 0, currency = "cny", interval = "week", includedGenerations = -1 });

        await Expect.ProblemAsync(byCustomer, HttpStatusCode.Forbidden, "forbidden");
        var problem = await Expect.ProblemAsync(invalid, HttpStatusCode.BadRequest, "validation");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "code", "name", "priceMinor", "currency", "interval", "includedGenerations" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
    }
}
