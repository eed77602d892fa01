using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;

namespace Pixyer.Api.IntegrationTests.Features.Incidents;

/// <summary>Telling the people an incident affected: each once, by mail or by the public notice, and in their own notices.</summary>
[Trait("Obligation", "P3")]
public sealed class IncidentNotificationTests(PixyerApiFactory app) : IncidentTest(app)
{
    [Fact]
    public async Task AnIncidentOverUploaders_ShouldMailExactlyThoseWithAVerifiedAddressOnce_AndPublishAPublicNoticeForTheRest()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var (a, b, unreachable) = (await SignUpUploaderAsync(), await SignUpUploaderAsync(), await SignUpUploaderAsync());
        var bystander = await SignUpAsync();
        await UnverifyAsync(unreachable);

        var incident = await DeclareAsync(officer, Uploaders);
        Assert.Equal(3, incident.GetProperty("affectedCount").GetInt32());
        var notify = await officer.Client.PostAsync($"{Incidents}/{incident.GetProperty("id")}/notifications", null);
        await Expect.StatusAsync(notify, HttpStatusCode.Accepted);
        Assert.Equal(2, await RunNotificationsAsync(batchSize: 2));
        await Expect.StatusAsync(await officer.Client.PostAsync($"{Incidents}/{incident.GetProperty("id")}/notifications", null), HttpStatusCode.Accepted);
        await RunNotificationsAsync();
        await Mailbox.DeliverAsync();

        Assert.Single(IncidentMailsTo(a));
        Assert.Single(IncidentMailsTo(b));
        Assert.Empty(IncidentMailsTo(unreachable));
        Assert.Empty(IncidentMailsTo(bystander));
        Assert.Empty(IncidentMailsTo(officer));
        var mail = IncidentMailsTo(a)[0];
        Assert.Contains(Nature, mail, StringComparison.Ordinal);
        Assert.Contains("Your data involved: uploads", mail, StringComparison.Ordinal);
        Assert.Contains("privacy@pixyer.example", mail, StringComparison.Ordinal);

        var progress = (await GetIncidentAsync(officer, incident)).GetProperty("notification");
        Assert.Equal((2, 1, true), (progress.GetProperty("mailed").GetInt32(), progress.GetProperty("publicNoticeOnly").GetInt32(), progress.GetProperty("complete").GetBoolean()));
        Assert.Equal("notified", (await GetIncidentAsync(officer, incident)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AffectedPeople_ShouldFindTheirNoticeInTheirOwnNotices_AndOthersShouldNot()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var affected = await SignUpUploaderAsync();
        var bystander = await SignUpAsync();
        var incident = await DeclareAsync(officer, Uploaders);
        Assert.Empty((await affected.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/notices")).GetProperty("items").EnumerateArray());

        await officer.Client.PostAsync($"{Incidents}/{incident.GetProperty("id")}/notifications", null);
        await RunNotificationsAsync();

        var notices = (await affected.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/notices")).GetProperty("items");
        var notice = Assert.Single(notices.EnumerateArray());
        Assert.Equal(
            (incident.GetProperty("id").GetGuid(), "incident", "email"),
            (notice.GetProperty("incidentId").GetGuid(), notice.GetProperty("kind").GetString(), notice.GetProperty("channel").GetString()));
        Assert.Contains(Nature, notice.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Empty((await bystander.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/notices")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task APublicNotice_ShouldBePublishedAboveTheThreshold_AndNameNobody()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var people = new[] { await SignUpUploaderAsync(), await SignUpUploaderAsync(), await SignUpUploaderAsync() };
        var incident = await DeclareAsync(officer, Uploaders);

        var progress = await (await officer.Client.PostAsync($"{Incidents}/{incident.GetProperty("id")}/notifications", null))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.NotEqual(JsonValueKind.Null, progress.GetProperty("publicNoticeId").ValueKind);
        var response = await Client.GetAsync("/api/v1/notices");
        var raw = await response.Content.ReadAsStringAsync();
        var notice = JsonDocument.Parse(raw).RootElement.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "incident");
        Assert.Contains(Nature, notice.GetProperty("body").GetString(), StringComparison.Ordinal);
        foreach (var person in people.Append(officer))
        {
            Assert.DoesNotContain(person.User.Email, raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.User.Username, raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.User.Id.ToString(), raw, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AtOrBelowTheThreshold_WithEveryoneReachable_ShouldPublishNoPublicNotice()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        await SignUpUploaderAsync();
        await SignUpUploaderAsync();
        var incident = await DeclareAsync(officer, Uploaders);

        await officer.Client.PostAsync($"{Incidents}/{incident.GetProperty("id")}/notifications", null);
        await RunNotificationsAsync();

        Assert.Equal(JsonValueKind.Null, (await GetIncidentAsync(officer, incident)).GetProperty("notification").GetProperty("publicNoticeId").ValueKind);
        var notices = await Client.GetFromJsonAsync<JsonElement>("/api/v1/notices");
        Assert.DoesNotContain(notices.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "incident");
    }

    [Fact]
    public async Task Notifying_ShouldMailWhateverThePersonsMarketingChoice()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var person = await SignUpUploaderAsync();
        await Expect.StatusAsync(
            await person.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = false }), HttpStatusCode.OK);
        var incident = await DeclareAsync(officer, Uploaders);

        await officer.Client.PostAsync($"{Incidents}/{incident.GetProperty("id")}/notifications", null);
        await RunNotificationsAsync();
        await Mailbox.DeliverAsync();

        Assert.Single(IncidentMailsTo(person));
    }

    [Fact]
    public async Task AnErasedPerson_ShouldLoseTheLinkToTheIncident_WhileTheBreachLogKeepsItsCount()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var person = await SignUpUploaderAsync();
        var incident = await DeclareAsync(officer, Uploaders);
        await officer.Client.PostAsync($"{Incidents}/{incident.GetProperty("id")}/notifications", null);
        await RunNotificationsAsync();

        await PersonalDataRegistry.EraseAsync(App.Services, person.User.Id);

        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, person.User.Id));
        var subject = new AccountId(person.User.Id);
        Assert.Equal(0, await WithDatabaseAsync(db => db.AffectedSubjects.CountAsync(s => s.SubjectId == subject)));
        var kept = await GetIncidentAsync(officer, incident);
        Assert.Equal((1, 1), (kept.GetProperty("affectedCount").GetInt32(), kept.GetProperty("notification").GetProperty("mailed").GetInt32()));
    }
}
