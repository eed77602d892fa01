using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Admin;

public sealed class LegalHoldTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "G6")]
    public async Task PlaceAndLiftHold_WhenPrivacyOfficer_ShouldShowOnTheSubjectAndKeepTheHistory()
    {
        var officer = await SignUpOfficerAsync();
        var subject = await SignUpAsync();

        var placed = await officer.Client.PutAsJsonAsync(HoldPath(subject), new { reason = "Court order 17/2026" });
        await Expect.StatusAsync(placed, HttpStatusCode.OK);
        var onHold = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/subjects/{subject.User.Id}");
        var lifted = await officer.Client.PostAsJsonAsync($"{HoldPath(subject)}/lift", new { reason = "Case closed" });
        await Expect.StatusAsync(lifted, HttpStatusCode.OK);
        var afterLift = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/subjects/{subject.User.Id}");
        var history = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/subjects/{subject.User.Id}/legal-holds");

        Assert.Equal("Court order 17/2026", onHold.GetProperty("legalHold").GetProperty("reason").GetString());
        Assert.Equal(officer.User.Id, onHold.GetProperty("legalHold").GetProperty("placedBy").GetGuid());
        Assert.Equal(JsonValueKind.Null, afterLift.GetProperty("legalHold").ValueKind);
        var hold = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.False(hold.GetProperty("active").GetBoolean());
        Assert.Equal("Case closed", hold.GetProperty("liftReason").GetString());
        Assert.NotNull(hold.GetProperty("liftedAt").GetString());
    }

    [Fact]
    [Trait("Obligation", "G6")]
    public async Task PlaceHold_WhenAlreadyOnHold_ShouldAnswer409UntilLifted()
    {
        var admin = await SignUpAdminAsync();
        var subject = await SignUpAsync();
        await Expect.StatusAsync(await admin.Client.PutAsJsonAsync(HoldPath(subject), new { reason = "Audit by the regulator" }), HttpStatusCode.OK);

        var second = await admin.Client.PutAsJsonAsync(HoldPath(subject), new { reason = "Another case" });
        App.Clock.Advance(TimeSpan.FromDays(1));
        await admin.Client.PostAsJsonAsync($"{HoldPath(subject)}/lift", new { reason = "Audit over" });
        var afterLift = await admin.Client.PutAsJsonAsync(HoldPath(subject), new { reason = "Another case" });

        await Expect.ProblemAsync(second, HttpStatusCode.Conflict, "conflict");
        await Expect.StatusAsync(afterLift, HttpStatusCode.OK);
        var history = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/subjects/{subject.User.Id}/legal-holds");
        Assert.Equal([true, false], history.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("active").GetBoolean()));
    }

    [Fact]
    [Trait("Obligation", "G6")]
    [Trait("Obligation", "P1")]
    public async Task HoldEndpoints_WhenCustomerOrUnknownSubjectOrNoReason_ShouldRefuse()
    {
        var admin = await SignUpAdminAsync();
        var customer = await SignUpAsync();
        var unknown = $"/api/v1/admin/subjects/{Guid.NewGuid()}";

        await Expect.ProblemAsync(
            await customer.Client.PutAsJsonAsync(HoldPath(customer), new { reason = "I want to stay" }), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync($"/api/v1/admin/subjects/{customer.User.Id}"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(
            await admin.Client.PutAsJsonAsync($"{unknown}/legal-hold", new { reason = "Court order" }), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"{unknown}/legal-holds"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(
            await admin.Client.PostAsJsonAsync($"{HoldPath(customer)}/lift", new { reason = "Nothing to lift" }), HttpStatusCode.NotFound, "not-found");
        await Expect.StatusAsync(await admin.Client.PutAsJsonAsync(HoldPath(customer), new { reason = "  " }), HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Obligation", "G6")]
    [Trait("Obligation", "P1")]
    public async Task PlaceHold_ShouldBeAuditedWithTheSubjectAndWithoutTheReason()
    {
        var admin = await SignUpAdminAsync();
        var subject = await SignUpAsync();
        await admin.Client.PutAsJsonAsync(HoldPath(subject), new { reason = "Fraud case of Jane Doe" });

        var audit = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?subjectId={subject.User.Id}");

        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("requestName").GetString() == "PlaceLegalHoldCommand");
        Assert.DoesNotContain("Jane Doe", audit.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "G6")]
    [Trait("Obligation", "G2")]
    public async Task Erase_WhenAHoldIsActive_ShouldKeepTheActiveHoldAndDeleteLiftedOnes()
    {
        var admin = await SignUpAdminAsync();
        var subject = await SignUpAsync();
        await admin.Client.PutAsJsonAsync(HoldPath(subject), new { reason = "First case" });
        await admin.Client.PostAsJsonAsync($"{HoldPath(subject)}/lift", new { reason = "First case closed" });
        App.Clock.Advance(TimeSpan.FromDays(1));
        await admin.Client.PutAsJsonAsync(HoldPath(subject), new { reason = "Second case" });

        await PersonalDataRegistry.EraseAsync(App.Services, subject.User.Id);

        var remaining = await PersonalDataRegistry.FindRemainingAsync(App.Services, subject.User.Id);
        var holds = Assert.Single(remaining, r => r.Category == "legal-holds");
        Assert.Equal(1, holds.Count);
        Assert.Equal(
            ["Second case"],
            await WithDatabaseAsync(db => Task.FromResult(db.LegalHolds.Select(h => h.Reason).ToList())));
    }

    private static string HoldPath(SignedIn subject) => $"/api/v1/admin/subjects/{subject.User.Id}/legal-hold";

    private async Task<SignedIn> SignUpOfficerAsync()
    {
        var admin = await SignUpAdminAsync();
        var officer = await SignUpAsync();
        var granted = await admin.Client.PutAsJsonAsync(
            $"/api/v1/admin/subjects/{officer.User.Id}/roles", new { roles = new[] { "PrivacyOfficer" } });
        await Expect.StatusAsync(granted, HttpStatusCode.OK);
        return officer;
    }
}
