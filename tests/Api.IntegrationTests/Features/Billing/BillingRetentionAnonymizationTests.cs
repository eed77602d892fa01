using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class BillingRetentionAnonymizationTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "R1")]
    [Trait("Obligation", "R2")]
    public async Task AnAccountWhoseRetentionRanOut_LosesItsCardsSubscriptionAndGatewayCustomer_AndKeepsAnonymousInvoices()
    {
        var subscriber = await SubscribedAsync();
        var owner = new AccountId(subscriber.User.User.Id);
        var customer = await WithDatabaseAsync(db => db.PaymentCustomers.Select(c => c.GatewayCustomerId).SingleAsync());
        await Mailbox.DeliverAsync();
        var started = App.Clock.GetUtcNow().AddMonths(-Account.RetentionMonths);
        await WithDatabaseAsync(db => db.Accounts.Where(a => a.Id == owner).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.Status, AccountStatus.Inactive)
            .SetProperty(a => a.RetentionClockStartedAt, started)));

        Assert.Equal(1, await App.Services.GetRequiredService<ExpiredAccountsAnonymizer>().RunAsync(CancellationToken.None));
        await Mailbox.DeliverAsync();

        Assert.Equal(0, await WithDatabaseAsync(async db =>
            await db.PaymentMethods.CountAsync() + await db.PaymentCustomers.CountAsync() + await db.Subscriptions.CountAsync()));
        Assert.False(Gateway.HasCustomer(customer));
        Assert.Null(await WithDatabaseAsync(db => db.Invoices.Where(i => i.OwnerId == owner).Select(i => i.BilledTo).SingleAsync()));
        Assert.Equal(1, await WithDatabaseAsync(db => db.PaymentTransactions.CountAsync(t => t.OwnerId == owner)));
        Assert.Empty(await DatabaseScan.FindAsync(App, subscriber.User.User.Email));
    }
}
