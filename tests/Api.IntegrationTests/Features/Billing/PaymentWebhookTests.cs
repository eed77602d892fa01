using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Invoices;
using Pixyer.Application.Features.Invoices.ListMyInvoices;
using Pixyer.Application.Features.PaymentEvents.ApplyPaymentEvents;
using Pixyer.Application.Features.PaymentEvents.ReceivePaymentEvent;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class PaymentWebhookTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "C8")]
    public async Task ASignedRefundDeliveredThreeTimes_IsStoredAndAppliedOnce()
    {
        var subscriber = await SubscribedAsync();
        var chargeId = (await ChargesOfAsync(subscriber.Card.Id)).Single().ChargeId;
        var payload = WebhookEvent("evt_refund_1", "charge.refunded", chargeId, amountRefunded: 9900);
        var signature = Gateway.SignWebhook(payload);

        var receipts = new List<PaymentEventReceipt>();
        for (var delivery = 0; delivery < 3; delivery++)
        {
            var response = await DeliverWebhookAsync(payload, signature);
            await Expect.StatusAsync(response, HttpStatusCode.OK);
            receipts.Add((await response.Content.ReadFromJsonAsync<PaymentEventReceipt>())!);
        }

        Assert.Equal([false, true, true], receipts.Select(r => r.Duplicate));
        Assert.Equal(1, await ApplyAsync());
        Assert.Equal(0, await ApplyAsync());
        await Expect.StatusAsync(await DeliverWebhookAsync(payload, Gateway.SignWebhook(payload)), HttpStatusCode.OK);
        Assert.Equal(0, await ApplyAsync());

        var invoice = await subscriber.User.Client.GetFromJsonAsync<InvoiceDto>($"/api/v1/me/invoices/{subscriber.Receipt.Invoice.Id}");
        Assert.Equal("refunded", invoice!.PaymentStatus);
        var transactions = (await subscriber.User.Client.GetFromJsonAsync<Paged<TransactionDto>>("/api/v1/me/invoices"))!.Items;
        var refund = Assert.Single(transactions, t => t.Kind == "refund");
        Assert.Equal((9900L, "succeeded"), (refund.AmountMinor, refund.Status));
        Assert.Equal("applied", await WithDatabaseAsync(db => db.PaymentEvents.Select(e => e.Outcome).SingleAsync()));
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task APartialRefundThenTheRest_RecordEachNewAmountOnce()
    {
        var subscriber = await SubscribedAsync();
        var chargeId = (await ChargesOfAsync(subscriber.Card.Id)).Single().ChargeId;

        foreach (var (id, refunded) in new[] { ("evt_part", 4000L), ("evt_rest", 9900L) })
        {
            var payload = WebhookEvent(id, "charge.refunded", chargeId, refunded);
            await Expect.StatusAsync(await DeliverWebhookAsync(payload, Gateway.SignWebhook(payload)), HttpStatusCode.OK);
        }

        Assert.Equal(2, await ApplyAsync());
        var refunds = await WithDatabaseAsync(db => db.PaymentTransactions.Where(t => t.RefundOf != null).OrderBy(t => t.AmountMinor).Select(t => t.AmountMinor).ToListAsync());
        Assert.Equal([4000L, 5900L], refunds);
    }

    [Fact]
    [Trait("Obligation", "C4")]
    public async Task ADetachedCardEvent_RemovesTheCard()
    {
        await StaffAsync();
        var user = await SignUpAsync();
        await AddedCardAsync(user);
        var gatewayId = await WithDatabaseAsync(db => db.PaymentMethods.Select(m => m.GatewayMethodId).SingleAsync());
        var payload = WebhookEvent("evt_detach", "payment_method.detached", gatewayId);

        await Expect.StatusAsync(await DeliverWebhookAsync(payload, Gateway.SignWebhook(payload)), HttpStatusCode.OK);
        await ApplyAsync();

        Assert.Empty((await user.Client.GetFromJsonAsync<Paged<PaymentMethodDto>>("/api/v1/me/payment-methods"))!.Items);
    }

    [Fact]
    [Trait("Obligation", "C8")]
    public async Task UnsignedWronglySignedOrStaleEvents_AreRefusedAndNothingIsStored()
    {
        var payload = WebhookEvent("evt_forged", "charge.refunded", "ch_anything", 100);
        var signedNow = Gateway.SignWebhook(payload);
        var timestamp = signedNow.Split(',')[0];
        var forged = $"{timestamp},v1={new string('0', 64)}";
        var tampered = payload.Replace("100", "999", StringComparison.Ordinal);

        await Expect.ProblemAsync(await DeliverWebhookAsync(payload, null), HttpStatusCode.BadRequest, "webhook-signature-invalid");
        await Expect.ProblemAsync(await DeliverWebhookAsync(payload, forged), HttpStatusCode.BadRequest, "webhook-signature-invalid");
        await Expect.ProblemAsync(await DeliverWebhookAsync(tampered, signedNow), HttpStatusCode.BadRequest, "webhook-signature-invalid");
        App.Clock.Advance(TimeSpan.FromMinutes(6));
        await Expect.ProblemAsync(await DeliverWebhookAsync(payload, signedNow), HttpStatusCode.BadRequest, "webhook-signature-invalid");

        Assert.Equal(0, await WithDatabaseAsync(db => db.PaymentEvents.CountAsync()));
    }

    private Task<int> ApplyAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new ApplyPaymentEventsCommand(), CancellationToken.None);
}
