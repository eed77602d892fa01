using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Invoices.ListMyInvoices;
using Pixyer.Application.Features.Subscriptions;
using Pixyer.Application.Features.Subscriptions.RenewSubscription;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Processing;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class RenewalTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "C4")]
    public async Task AtThePeriodsEnd_TheDefaultCardIsChargedForTheNextPeriodAndTheInvoiceMailed()
    {
        var subscriber = await SubscribedAsync();
        var first = await CurrentAsync(subscriber.User);
        await Mailbox.DeliverAsync();

        App.Clock.Advance(TimeSpan.FromDays(15));
        Assert.Empty((await RenewAsync()).Outcomes);
        App.Clock.SetUtcNow(first.CurrentPeriodEnd.AddMinutes(1));
        var run = await RenewAsync();

        Assert.Equal([RenewalOutcome.Renewed], run.Outcomes);
        var renewed = await CurrentAsync(subscriber.User);
        Assert.Equal(("active", first.CurrentPeriodEnd, first.CurrentPeriodEnd.AddMonths(1)), (renewed.Status, renewed.CurrentPeriodStart, renewed.CurrentPeriodEnd));
        Assert.Equal(["started", "renewed"], renewed.History.Select(e => e.Kind));
        Assert.Equal(2, (await ChargesOfAsync(subscriber.Card.Id)).Count(c => c.Succeeded));
        using var client = BearerClient((await LogInAsync(subscriber.User.User)).Token);
        var transactions = (await client.GetFromJsonAsync<Paged<TransactionDto>>("/api/v1/me/invoices"))!.Items;
        Assert.Equal(["renewal", "first_period"], transactions.Select(t => t.Kind));
        Assert.Equal((renewed.CurrentPeriodStart, renewed.CurrentPeriodEnd), (transactions[0].Invoice!.PeriodStart, transactions[0].Invoice!.PeriodEnd));
        var mail = await Mailbox.DeliverAndReadLastAsync(subscriber.User.User.Email);
        Assert.Equal($"Your Pixyer invoice {transactions[0].Invoice!.Number}", mail.Subject);
        Assert.Empty((await RenewAsync()).Outcomes);
    }

    [Fact]
    [Trait("Obligation", "U8")]
    public async Task AFailingRenewal_IsRetriedOnDays1_3And7WithAMailEachTime_ThenTheSubscriptionEnds()
    {
        var subscriber = await SubscribedAsync("tok_insufficientFunds");
        var periodEnd = (await CurrentAsync(subscriber.User)).CurrentPeriodEnd;
        await Mailbox.DeliverAsync();
        var address = subscriber.User.User.Email;
        var mailsBefore = Mailbox.To(address).Count;

        var outcomes = new List<RenewalOutcome>();
        var mailsByDay = new List<string>();
        foreach (var day in new[] { 0, 1, 2, 3, 7 })
        {
            App.Clock.SetUtcNow(periodEnd.AddDays(day).AddMinutes(1));
            outcomes.AddRange((await RenewAsync()).Outcomes);
            await Mailbox.DeliverAsync();
            var mails = Mailbox.To(address);
            mailsByDay.Add(string.Join(" | ", mails.Skip(mailsBefore).Select(m => m.Subject)));
            mailsBefore = mails.Count;
        }

        // Day 2 is no retry day: nothing was charged or mailed then.
        Assert.Equal([RenewalOutcome.PastDue, RenewalOutcome.PastDue, RenewalOutcome.PastDue, RenewalOutcome.Ended], outcomes);
        var failed = $"Your Pixyer {subscriber.Plan.Name} renewal payment failed";
        Assert.Equal([failed, failed, "", failed, $"Your Pixyer {subscriber.Plan.Name} subscription has ended"], mailsByDay);
        var ended = await CurrentAsync(subscriber.User);
        Assert.Equal("canceled", ended.Status);
        Assert.Equal(
            ["started", "renewal_failed", "renewal_failed", "renewal_failed", "canceled"],
            ended.History.Select(e => e.Kind));
        Assert.Equal("insufficient_funds", ended.History[^1].Reason);
        Assert.Equal(
            [periodEnd.AddMinutes(1), periodEnd.AddDays(1).AddMinutes(1), periodEnd.AddDays(3).AddMinutes(1), periodEnd.AddDays(7).AddMinutes(1)],
            ended.History.Skip(1).Select(e => e.OccurredAt));
        var charges = await ChargesOfAsync(subscriber.Card.Id);
        Assert.Equal((1, 4), (charges.Count(c => c.Succeeded), charges.Count(c => !c.Succeeded)));
        Assert.Equal(4, await WithDatabaseAsync(db => db.PaymentTransactions.CountAsync(t => t.DeclineCode == "insufficient_funds")));
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task ACancelledSubscription_ServesToThePeriodsEndAndIsNotChargedAgain()
    {
        var subscriber = await SubscribedAsync();
        var periodEnd = (await CurrentAsync(subscriber.User)).CurrentPeriodEnd;

        var response = await subscriber.User.Client.DeleteAsync("/api/v1/me/subscriptions/current");

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var cancelled = (await response.Content.ReadFromJsonAsync<SubscriptionDto>())!;
        Assert.Equal(("active", true, null), (cancelled.Status, cancelled.CancelAtPeriodEnd, cancelled.RenewsAt));
        Assert.Equal(HttpStatusCode.OK, (await subscriber.User.Client.DeleteAsync("/api/v1/me/subscriptions/current")).StatusCode);
        App.Clock.SetUtcNow(periodEnd.AddMinutes(-1));
        Assert.Empty((await RenewAsync()).Outcomes);
        Assert.Equal("active", (await CurrentAsync(subscriber.User)).Status);

        App.Clock.SetUtcNow(periodEnd.AddMinutes(1));
        Assert.Equal([RenewalOutcome.Ended], (await RenewAsync()).Outcomes);

        var ended = await CurrentAsync(subscriber.User);
        Assert.Equal(("canceled", periodEnd.AddMinutes(1)), (ended.Status, ended.EndedAt));
        Assert.Equal(["started", "cancellation_requested", "canceled"], ended.History.Select(e => e.Kind));
        Assert.Single(await ChargesOfAsync(subscriber.Card.Id));
        using var client = BearerClient((await LogInAsync(subscriber.User.User)).Token);
        await Expect.ProblemAsync(await client.DeleteAsync("/api/v1/me/subscriptions/current"), HttpStatusCode.NotFound, "not-found");
        var mail = await Mailbox.DeliverAndReadLastAsync(subscriber.User.User.Email);
        Assert.EndsWith("subscription has ended", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "U8")]
    public async Task AYearlyRenewal_IsAnnouncedSevenDaysBefore_Once()
    {
        var subscriber = await SubscribedAsync(interval: "year");
        var subscription = await CurrentAsync(subscriber.User);
        var renewsAt = subscription.CurrentPeriodEnd;
        Assert.Equal(subscription.CurrentPeriodStart.AddYears(1), renewsAt);
        await Mailbox.DeliverAsync();

        App.Clock.SetUtcNow(renewsAt.AddDays(-8));
        Assert.Equal(0, (await RenewAsync()).Reminded);
        App.Clock.SetUtcNow(renewsAt.AddDays(-7).AddMinutes(1));
        Assert.Equal(1, (await RenewAsync()).Reminded);
        Assert.Equal(0, (await RenewAsync()).Reminded);

        var mail = await Mailbox.DeliverAndReadLastAsync(subscriber.User.User.Email);
        Assert.Equal($"Your Pixyer {subscriber.Plan.Name} subscription renews on {renewsAt:yyyy-MM-dd}", mail.Subject);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task ClosingTheAccount_EndsTheSubscriptionAtOnce_AndDeletesTheGatewayCustomerAsADisclosedCall()
    {
        var subscriber = await SubscribedAsync();
        var owner = new AccountId(subscriber.User.User.Id);
        var customer = await WithDatabaseAsync(db => db.PaymentCustomers.Select(c => c.GatewayCustomerId).SingleAsync());
        var card = await WithDatabaseAsync(db => db.PaymentMethods.Select(m => m.GatewayMethodId).SingleAsync());

        await Expect.StatusAsync(
            await subscriber.User.Client.PostAsJsonAsync("/api/v1/me/deletion-request", new { password = subscriber.User.User.Password }),
            HttpStatusCode.Accepted);

        var subscription = await WithDatabaseAsync(db => db.Subscriptions.AsNoTracking().Include(s => s.History).SingleAsync());
        Assert.Equal((SubscriptionStatus.Canceled, Subscription.AccountClosedReason), (subscription.Status, subscription.History[^1].Reason));
        Assert.Equal(0, await WithDatabaseAsync(async db => await db.PaymentMethods.CountAsync() + await db.PaymentCustomers.CountAsync()));
        var disclosure = await WithDatabaseAsync(db => db.Disclosures.AsNoTracking().Where(d => d.SubjectId == owner).OrderBy(d => d.DisclosedAt).ToListAsync());
        Assert.Equal((ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation), (disclosure[^1].Purpose, disclosure[^1].LegalBasis));
        Assert.True(Gateway.HasCustomer(customer));
        await Mailbox.DeliverAsync();
        Assert.False(Gateway.HasCustomer(customer));

        App.Clock.SetUtcNow(subscriber.Receipt.Subscription.CurrentPeriodEnd.AddMinutes(1));
        Assert.Empty((await RenewAsync()).Outcomes);
        Assert.Single(Gateway.Charges, c => c.MethodId == card);
    }

    /// <summary>The subscription as its holder reads it, signed in afresh: a month on, the old session has expired.</summary>
    private async Task<SubscriptionDto> CurrentAsync(SignedIn user)
    {
        using var client = BearerClient((await LogInAsync(user.User)).Token);
        return (await client.GetFromJsonAsync<Paged<SubscriptionDto>>("/api/v1/me/subscriptions"))!.Items[0];
    }
}
