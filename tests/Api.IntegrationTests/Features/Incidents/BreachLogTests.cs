using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Incidents;

namespace Pixyer.Api.IntegrationTests.Features.Incidents;

/// <summary>The breach log: who may declare and read, the server's selection of the affected, and the status timeline.</summary>
[Trait("Obligation", "P3")]
public sealed class BreachLogTests(PixyerApiFactory app) : IncidentTest(app)
{
    [Fact]
    public async Task TheStatus_ShouldOnlyMoveForward_AndEveryChangeBeInTheTimeline()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var incident = await DeclareAsync(officer, new { kind = "all_accounts" });
        var path = $"{Incidents}/{incident.GetProperty("id")}/status";

        await Expect.StatusAsync(await officer.Client.PostAsJsonAsync(path, new { status = "contained", note = "Bucket closed" }), HttpStatusCode.OK);
        await Expect.ProblemAsync(
            await officer.Client.PostAsJsonAsync(path, new { status = "open", note = (string?)null }), HttpStatusCode.UnprocessableEntity, "incident-status-transition");
        await Expect.ProblemAsync(
            await officer.Client.PostAsJsonAsync(path, new { status = "notified", note = (string?)null }), HttpStatusCode.UnprocessableEntity, "incident-status-transition");
        await Expect.StatusAsync(await officer.Client.PostAsJsonAsync(path, new { status = "closed", note = "Done" }), HttpStatusCode.OK);

        var timeline = (await GetIncidentAsync(officer, incident)).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(
            [("declared", "open", (string?)null), ("status_changed", "contained", "Bucket closed"), ("status_changed", "closed", "Done")],
            timeline.Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("status").GetString()!, e.GetProperty("kind").GetString() == "declared" ? null : e.GetProperty("note").GetString())));
        Assert.All(timeline, e => Assert.Equal(officer.User.Id, e.GetProperty("actorId").GetGuid()));
    }

    [Fact]
    public async Task Selectors_ShouldBeEvaluatedByTheServer()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var uploader = await SignUpUploaderAsync();
        var idle = await SignUpAsync();
        var windowStart = App.Clock.GetUtcNow().AddMinutes(1);
        App.Clock.Advance(TimeSpan.FromHours(1));
        var active = await SignUpAsync();
        var windowEnd = App.Clock.GetUtcNow().AddMinutes(1);

        // The first admin, the officer, the uploader, the idle one and the active one.
        Assert.Equal(5, (await DeclareAsync(officer, new { kind = "all_accounts" })).GetProperty("affectedCount").GetInt32());
        Assert.Equal(1, (await DeclareAsync(officer, Uploaders)).GetProperty("affectedCount").GetInt32());
        Assert.Equal(2, (await DeclareAsync(officer, new { kind = "account_ids", accountIds = new[] { uploader.User.Id, idle.User.Id, idle.User.Id } }))
            .GetProperty("affectedCount").GetInt32());
        var activeBetween = await DeclareAsync(officer, new { kind = "active_between", from = windowStart, to = windowEnd });

        // Within the window: the account that signed up in it, and the officer declaring these incidents.
        Assert.Contains("active_between", activeBetween.GetProperty("affectedSelector").GetString(), StringComparison.Ordinal);
        var id = new IncidentId(activeBetween.GetProperty("id").GetGuid());
        var selected = await WithDatabaseAsync(db => db.AffectedSubjects.Where(s => s.IncidentId == id).Select(s => s.SubjectId.Value).ToListAsync());
        Assert.Equal(new[] { active.User.Id, officer.User.Id }.Order(), selected.Order());
    }

    [Fact]
    public async Task BadSelectors_ShouldBeRefusedWithClearErrors()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var now = App.Clock.GetUtcNow();

        await Expect.ProblemAsync(await officer.Client.PostAsJsonAsync(Incidents, IncidentBody(new { kind = "everyone" }, now)), HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(
            await officer.Client.PostAsJsonAsync(Incidents, IncidentBody(new { kind = "data_categories", categories = new[] { "shoe_sizes" } }, now)),
            HttpStatusCode.BadRequest,
            "validation");
        await Expect.ProblemAsync(
            await officer.Client.PostAsJsonAsync(Incidents, IncidentBody(new { kind = "active_between", from = now, to = now.AddHours(-1) }, now)),
            HttpStatusCode.BadRequest,
            "validation");
        await Expect.ProblemAsync(
            await officer.Client.PostAsJsonAsync(Incidents, IncidentBody(new { kind = "account_ids", accountIds = new[] { Guid.NewGuid() } }, now)),
            HttpStatusCode.UnprocessableEntity,
            "unknown-accounts");
        await Expect.ProblemAsync(
            await officer.Client.PostAsJsonAsync(Incidents, IncidentBody(Uploaders, now.AddHours(1))), HttpStatusCode.BadRequest, "validation");
        Assert.Equal(0, (await officer.Client.GetFromJsonAsync<JsonElement>(Incidents)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SupportShouldRead_ButOnlyPrivacyOfficersAndAdminsDeclareAndNotify_AndCustomersNeither()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var support = await SignUpStaffAsync("Support");
        var customer = await SignUpAsync();
        var incident = await DeclareAsync(officer, Uploaders);
        var id = incident.GetProperty("id").GetGuid();

        await Expect.StatusAsync(await support.Client.GetAsync(Incidents), HttpStatusCode.OK);
        await Expect.StatusAsync(await support.Client.GetAsync($"{Incidents}/{id}"), HttpStatusCode.OK);
        await Expect.StatusAsync(await support.Client.PostAsJsonAsync(Incidents, IncidentBody(Uploaders, App.Clock.GetUtcNow())), HttpStatusCode.Forbidden);
        await Expect.StatusAsync(await support.Client.PostAsync($"{Incidents}/{id}/notifications", null), HttpStatusCode.Forbidden);
        await Expect.StatusAsync(await customer.Client.GetAsync(Incidents), HttpStatusCode.Forbidden);
        await Expect.StatusAsync(await customer.Client.PostAsJsonAsync(Incidents, IncidentBody(Uploaders, App.Clock.GetUtcNow())), HttpStatusCode.Forbidden);
        await Expect.StatusAsync(await Client.GetAsync("/api/v1/me/notices"), HttpStatusCode.Unauthorized);
        await Expect.ProblemAsync(await officer.Client.GetAsync($"{Incidents}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await officer.Client.PostAsync($"{Incidents}/{Guid.NewGuid()}/notifications", null), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task TheBreachLog_ShouldListEveryIncidentNewestFirst_WithItsClockAndFilters()
    {
        var officer = await SignUpStaffAsync("PrivacyOfficer");
        var first = await DeclareAsync(officer, Uploaders);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await DeclareAsync(officer, new { kind = "all_accounts" });
        await officer.Client.PostAsJsonAsync($"{Incidents}/{first.GetProperty("id")}/status", new { status = "contained", note = (string?)null });

        var all = (await officer.Client.GetFromJsonAsync<JsonElement>(Incidents)).GetProperty("items").EnumerateArray().ToList();
        var contained = (await officer.Client.GetFromJsonAsync<JsonElement>($"{Incidents}?status=contained")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal([second.GetProperty("id").GetGuid(), first.GetProperty("id").GetGuid()], all.Select(i => i.GetProperty("id").GetGuid()));
        Assert.All(all, i => Assert.False(i.GetProperty("overdue").GetBoolean()));
        Assert.Equal(first.GetProperty("id").GetGuid(), Assert.Single(contained).GetProperty("id").GetGuid());
        await Expect.ProblemAsync(await officer.Client.GetAsync($"{Incidents}?status=lost"), HttpStatusCode.BadRequest, "validation");
    }
}
