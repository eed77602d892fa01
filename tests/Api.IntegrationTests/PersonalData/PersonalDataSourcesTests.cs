using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.PersonalData;

/// <summary>
/// The registry the rights features iterate over (export, erasure, verification): every source answers for the
/// subject and only for the subject.
/// </summary>
public sealed class PersonalDataSourcesTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Export_ShouldContainEverySourcesDataOfTheSubjectAndNothingOfAnother()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = $"{Unique("new")}@example.com" });
        await other.Client.GetAsync("/api/v1/me");

        var export = await PersonalDataRegistry.ExportAsync(App.Services, me.User.Id);

        Assert.Equal(
            [
                "access-log", "account", "ad-profile", "analytics-events", "assets", "audit-trail", "campaign-mails", "consents", "contacts", "correction-requests", "delivered-mail", "disclosures",
                "exports", "feedback", "files", "generation-jobs", "guardian-requests", "incident-notices", "inquiries", "invoices", "legal-holds", "legal-request-exports", "messages",
                "model-feedback", "payment-methods", "payment-transactions", "policy-acceptances", "request-replays", "sessions", "showcases", "subscriptions",
                "survey-responses", "uploads",
            ],
            export.Keys.Order());
        Assert.Equal(me.User.Email, export["account"].GetProperty("email").GetString());
        Assert.Equal(1, export["sessions"].GetArrayLength());
        Assert.Equal(2, export["messages"].GetArrayLength());
        Assert.Equal(1, export["access-log"].GetArrayLength());
        var all = string.Join('\n', export.Values.Select(v => v.GetRawText()));
        Assert.DoesNotContain(other.User.Email, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.User.Id.ToString(), all, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task Erase_ThenFindRemaining_ShouldFindNothingOfTheSubjectAndLeaveOthersIntact()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        await me.Client.GetAsync("/api/v1/me");
        Assert.NotEmpty(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id));

        await PersonalDataRegistry.EraseAsync(App.Services, me.User.Id);

        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, me.User.Id));
        Assert.Empty(await DatabaseScan.FindAsync(App, me.User.Email));
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), System.Net.HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(await other.Client.GetAsync("/api/v1/me"), System.Net.HttpStatusCode.OK);
        Assert.NotEmpty(await PersonalDataRegistry.FindRemainingAsync(App.Services, other.User.Id));
    }
}
