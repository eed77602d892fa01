using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Outbox;

namespace Pixyer.Api.IntegrationTests.Features.Consents;

public sealed class ConsentTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "G4")]
    [Trait("Obligation", "U3")]
    public async Task ModelImprovement_ShouldBeRefusedBeforeGrantAllowedAfterAndRefusedOnTheVeryNextRequestAfterWithdrawal()
    {
        var me = await SignUpAsync();

        var before = await SubmitFeedbackAsync(me);
        await SetConsentAsync(me, "model_improvement", true);
        var granted = await SubmitFeedbackAsync(me);
        await SetConsentAsync(me, "model_improvement", false);
        var after = await SubmitFeedbackAsync(me);

        var refusal = await Expect.ProblemAsync(before, HttpStatusCode.Forbidden, "consent-required");
        Assert.Equal("model_improvement", refusal.GetProperty("purpose").GetString());
        await Expect.StatusAsync(granted, HttpStatusCode.Created);
        await Expect.ProblemAsync(after, HttpStatusCode.Forbidden, "consent-required");

        var history = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents/history");
        var steps = history.GetProperty("items").EnumerateArray()
            .Select(e => (e.GetProperty("purpose").GetString(), e.GetProperty("granted").GetBoolean(), e.GetProperty("policyVersion").GetString(), e.GetProperty("channel").GetString()))
            .ToList();
        Assert.Equal([("model_improvement", false, PolicyVersion, "settings"), ("model_improvement", true, PolicyVersion, "settings")], steps);

        var audit = await WithDatabaseAsync(db => db.AuditEntries
            .Where(e => e.SubjectId == me.User.Id && (e.RequestName == "SubmitModelFeedbackCommand" || e.RequestName == "SetMyConsentCommand"))
            .OrderBy(e => e.Position)
            .Select(e => new { e.RequestName, e.Outcome, e.ProblemType })
            .ToListAsync());
        Assert.Equal(
            [
                ("SubmitModelFeedbackCommand", AuditOutcome.Refused, "consent-required"),
                ("SetMyConsentCommand", AuditOutcome.Succeeded, null),
                ("SubmitModelFeedbackCommand", AuditOutcome.Succeeded, null),
                ("SetMyConsentCommand", AuditOutcome.Succeeded, null),
                ("SubmitModelFeedbackCommand", AuditOutcome.Refused, "consent-required"),
            ],
            audit.Select(a => (a.RequestName, a.Outcome, a.ProblemType)));
    }

    [Fact]
    [Trait("Obligation", "G4")]
    [Trait("Obligation", "K4")]
    public async Task GetConsents_ShouldListEveryPurposeNotGrantedUntilChosen()
    {
        var me = await SignUpAsync();

        var consents = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents");

        Assert.Equal(
            ["advertising_cookies", "analytics_cookies", "contacts_import", "marketing_email", "model_improvement", "third_party_sharing"],
            consents.EnumerateArray().Select(c => c.GetProperty("purpose").GetString()!).Order());
        Assert.All(consents.EnumerateArray(), c => Assert.False(c.GetProperty("granted").GetBoolean()));
    }

    [Fact]
    [Trait("Obligation", "G4")]
    public async Task SetConsent_WhenPurposeUnknown_ShouldAnswer404Problem()
    {
        var me = await SignUpAsync();

        var response = await me.Client.PutAsJsonAsync("/api/v1/me/consents/sell_my_data", new { granted = true });

        await Expect.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    [Trait("Obligation", "G4")]
    [Trait("Obligation", "U9")]
    public async Task MarketingMail_WhenConsentWithdrawnBeforeDelivery_ShouldNeverBeSent()
    {
        var name = Unique("offers");
        var email = $"{name}@example.com";
        var registered = await Client.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username = name, email, password = GoodPassword, dateOfBirth = "1990-01-01", acceptedPolicyVersion = PolicyVersion, consents = new[] { "marketing_email" } });
        await Expect.StatusAsync(registered, HttpStatusCode.Accepted);
        var consents = await LogInAsync(new TestUser(Guid.Empty, name, email, GoodPassword));
        using var client = BearerClient(consents.Token);

        var granted = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents");
        Assert.Contains(granted.EnumerateArray(), c => c.GetProperty("purpose").GetString() == "marketing_email" && c.GetProperty("granted").GetBoolean() && c.GetProperty("channel").GetString() == "registration");
        await Expect.StatusAsync(await client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = false }), HttpStatusCode.OK);
        await Mailbox.DeliverAsync();

        var mails = Mailbox.To(email);
        Assert.Single(mails);
        Assert.Contains("Confirm your email", mails[0].Subject, StringComparison.Ordinal);
        var marketing = await WithDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.ConsentPurpose != null));
        Assert.Equal(OutboxStatus.Cancelled, marketing.Status);
        Assert.Equal("", marketing.Payload);
    }

    [Fact]
    [Trait("Obligation", "U9")]
    public async Task MarketingMail_WhenConsentStands_ShouldBeDelivered()
    {
        var name = Unique("offers");
        var email = $"{name}@example.com";
        await Client.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username = name, email, password = GoodPassword, dateOfBirth = "1990-01-01", acceptedPolicyVersion = PolicyVersion, consents = new[] { "marketing_email" } });

        await Mailbox.DeliverAsync();

        Assert.Contains(Mailbox.To(email), m => m.Subject!.StartsWith("Welcome to Pixyer", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Obligation", "G4")]
    public async Task SetConsent_WhenOnePersonTogglesConcurrently_ShouldRecordEveryChoiceAndAnswerWithTheLatest()
    {
        var me = await SignUpAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => me.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = i % 2 == 0 })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var history = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents/history?pageSize=50");
        Assert.Equal(20, history.GetProperty("total").GetInt32());
        var latest = history.GetProperty("items")[0].GetProperty("granted").GetBoolean();
        var state = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/consents");
        Assert.Equal(latest, state.EnumerateArray().Single(c => c.GetProperty("purpose").GetString() == "marketing_email").GetProperty("granted").GetBoolean());
    }

    private static Task<HttpResponseMessage> SubmitFeedbackAsync(SignedIn me) =>
        me.Client.PostAsJsonAsync("/api/v1/me/model-feedback", new { rating = 4, comment = "Crisp shadows" });

    private static async Task SetConsentAsync(SignedIn me, string purpose, bool granted) =>
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync($"/api/v1/me/consents/{purpose}", new { granted }), HttpStatusCode.OK);
}
