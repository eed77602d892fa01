using System.Net;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Billing;

public sealed class InvoiceNumberingTests(PixyerApiFactory app) : BillingTest(app)
{
    [Fact]
    [Trait("Obligation", "C8")]
    public async Task InvoicesIssuedAtOnce_AreNumberedWithoutGapOrRepeat_AsTheRowsSay()
    {
        var admin = await StaffAsync();
        await PublishPlanAsync(admin);
        var buyers = new List<(SignedIn User, Guid Card)>();
        for (var i = 0; i < 8; i++)
        {
            var user = await SignUpAsync();
            buyers.Add((user, (await AddedCardAsync(user, i == 3 ? "tok_chargeDeclined" : "tok_visa")).Id));
        }

        var responses = await Task.WhenAll(buyers.Select(b => SubscribeAsync(b.User, "pro", b.Card, "numbering")));

        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        // Read with plain SQL, as an auditor would: a declined charge took no number, and no number was taken twice.
        await using var connection = await App.Database.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT number FROM invoices ORDER BY number";
        var numbers = new List<string>();
        await using (var reader = await query.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                numbers.Add(reader.GetString(0));
            }
        }

        var year = App.Clock.GetUtcNow().Year;
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"{year}-{n:D6}"), numbers);
    }
}
