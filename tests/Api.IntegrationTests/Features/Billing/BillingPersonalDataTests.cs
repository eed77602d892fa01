using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class BillingPersonalDataTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "G3")]
    public async Task TheExport_ShouldHoldCardsByBrandAndLastFourOnly_TheSubscriptionsAndTheInvoices()
    {
        var subscriber = await SubscribedAsync();

        var export = await PersonalDataRegistry.ExportAsync(App.Services, subscriber.User.User.Id);

        var card = Assert.Single(export["payment-methods"].EnumerateArray());
        Assert.Equal(["brand", "createdAt", "expiryMonth", "expiryYear", "isDefault", "last4"], card.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(("visa", "4242"), (card.GetProperty("brand").GetString(), card.GetProperty("last4").GetString()));
        var subscription = Assert.Single(export["subscriptions"].EnumerateArray());
        Assert.Equal("started", subscription.GetProperty("history")[0].GetProperty("kind").GetString());
        var invoice = Assert.Single(export["invoices"].EnumerateArray());
        Assert.Equal(subscriber.Receipt.Invoice.Number, invoice.GetProperty("number").GetString());
        Assert.Single(export["payment-transactions"].EnumerateArray());
        var all = string.Join('\n', export.Values.Select(v => v.GetRawText()));
        Assert.DoesNotContain("pm_sandbox", all, StringComparison.Ordinal);
        Assert.DoesNotContain("cus_sandbox", all, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task AfterErasure_InvoicesAndTransactionsRemainWithoutIdentity_AndTheCertificateListsThemAsRetained()
    {
        var subscriber = await SubscribedAsync();
        var me = subscriber.User;
        var customer = await WithDatabaseAsync(db => db.PaymentCustomers.Select(c => c.GatewayCustomerId).SingleAsync());
        Assert.True(Gateway.HasCustomer(customer));

        var requested = await RequestDeletionAsync(me);
        var token = await MailedTokenAsync(me.User.Email);
        await RunErasureAsync();
        await Mailbox.DeliverAsync();
        var certificate = (await ReadRequestAsync(requested.Id, token)).Certificate!;

        Assert.True(certificate.Clean, string.Join(", ", certificate.Findings));
        Assert.Contains("payment-methods", certificate.CategoriesErased);
        Assert.Contains("subscriptions", certificate.CategoriesErased);
        Assert.DoesNotContain("invoices", certificate.CategoriesErased);
        Assert.Contains(certificate.Retained, r => r.StartsWith("invoices:", StringComparison.Ordinal));
        Assert.Contains(certificate.Retained, r => r.StartsWith("payment-transactions:", StringComparison.Ordinal));

        var owner = new AccountId(me.User.Id);
        var invoice = await WithDatabaseAsync(db => db.Invoices.AsNoTracking().SingleAsync());
        Assert.Equal((owner, null, subscriber.Receipt.Invoice.Number, 9900L), (invoice.OwnerId, invoice.BilledTo, invoice.Number, invoice.TotalMinor));
        Assert.Equal(1, await WithDatabaseAsync(db => db.PaymentTransactions.CountAsync(t => t.OwnerId == owner)));
        Assert.Equal(0, await WithDatabaseAsync(async db => await db.PaymentMethods.CountAsync() + await db.PaymentCustomers.CountAsync() + await db.Subscriptions.CountAsync()));
        Assert.Empty(await DatabaseScan.FindAsync(App, me.User.Email));
        Assert.Empty(await DatabaseScan.FindAsync(App, me.User.Username));
        Assert.False(Gateway.HasCustomer(customer));
    }
}
