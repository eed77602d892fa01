using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Consents;

public sealed class UnsubscribeTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "U9")]
    [Trait("Obligation", "G4")]
    public async Task MarketingMail_ShouldCarryAOneClickUnsubscribeThatWithdrawsTheConsent()
    {
        var name = Unique("optout");
        var email = $"{name}@example.com";
        await Client.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username = name, email, password = GoodPassword, dateOfBirth = "1990-01-01", acceptedPolicyVersion = PolicyVersion, consents = new[] { "marketing_email" } });
        await Mailbox.DeliverAsync();
        var mail = Mailbox.To(email).Single(m => m.Subject!.StartsWith("Welcome", StringComparison.Ordinal));
        var header = mail.Headers["List-Unsubscribe"];
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var link = new Uri(header!.Trim('<', '>'));
        Assert.Contains("/unsubscribe?token=", mail.TextBody, StringComparison.Ordinal);

        var preview = await Client.GetFromJsonAsync<JsonElement>(link.PathAndQuery);
        // What a mail client sends for RFC 8058 one-click.
        var oneClick = await Client.PostAsync(
            link.PathAndQuery, new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]));
        var again = await Client.PostAsync(link.PathAndQuery, null);

        Assert.True(preview.GetProperty("subscribed").GetBoolean());
        await Expect.StatusAsync(oneClick, HttpStatusCode.OK);
        Assert.False((await oneClick.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscribed").GetBoolean());
        await Expect.StatusAsync(again, HttpStatusCode.OK);
        var session = await LogInAsync(new TestUser(Guid.Empty, name, email, GoodPassword));
        using var client = BearerClient(session.Token);
        var history = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents/history");
        var marketing = history.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("purpose").GetString() == "marketing_email").ToList();
        Assert.Equal([(false, "unsubscribe_link"), (true, "registration")], marketing.Select(e => (e.GetProperty("granted").GetBoolean(), e.GetProperty("channel").GetString()!)));
    }

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task Unsubscribe_WhenTokenForgedForAnotherAccount_ShouldRefuse()
    {
        var victim = await RegisterAsync();

        var forged = await Client.PostAsync($"/api/v1/unsubscribe?token={victim.Id:N}.{new string('a', 64)}", null);
        var garbage = await Client.GetAsync("/api/v1/unsubscribe?token=nonsense");

        await Expect.ProblemAsync(forged, HttpStatusCode.UnprocessableEntity, "unsubscribe-token-invalid");
        await Expect.ProblemAsync(garbage, HttpStatusCode.UnprocessableEntity, "unsubscribe-token-invalid");
    }
}
