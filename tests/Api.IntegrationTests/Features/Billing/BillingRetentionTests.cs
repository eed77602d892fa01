using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Invoices.PurgeExpiredBillingRecords;
using Pixyer.Application.Features.PaymentEvents.ApplyPaymentEvents;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class BillingRetentionTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "C8")]
    public async Task InvoicesAndTransactions_AreKeptForTheLegalPeriod_ThenDeleted()
    {
        var subscriber = await SubscribedAsync();
        await Expect.StatusAsync(await subscriber.User.Client.DeleteAsync("/api/v1/me/subscriptions/current"), HttpStatusCode.OK);
        var issuedAt = subscriber.Receipt.Invoice.IssuedAt;
        var chargeId = (await ChargesOfAsync(subscriber.Card.Id)).Single().ChargeId;
        var refund = WebhookEvent("evt_r", "charge.refunded", chargeId, amountRefunded: 9900);
        await Expect.StatusAsync(await DeliverWebhookAsync(refund, Gateway.SignWebhook(refund)), HttpStatusCode.OK);
        await App.Services.GetRequiredService<SystemCommands>().SendAsync(new ApplyPaymentEventsCommand(), CancellationToken.None);

        App.Clock.SetUtcNow(issuedAt.AddDays(89));
        Assert.Equal(new PurgedBillingRecords(0, 0, 0), await PurgeAsync());
        App.Clock.SetUtcNow(issuedAt.AddYears(10).AddDays(-1));
        Assert.Equal(new PurgedBillingRecords(0, 0, 1), await PurgeAsync());
        App.Clock.SetUtcNow(issuedAt.AddYears(10).AddDays(1));
        Assert.Equal(new PurgedBillingRecords(1, 2, 0), await PurgeAsync());

        Assert.Equal(0, await WithDatabaseAsync(async db => await db.Invoices.CountAsync() + await db.PaymentTransactions.CountAsync()));
    }

    private Task<PurgedBillingRecords> PurgeAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new PurgeExpiredBillingRecordsCommand(), CancellationToken.None);
}
