using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Policies;

namespace Pixyer.Api.IntegrationTests.Features.Policies;

public sealed class PolicyTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "V1")]
    public async Task CurrentPolicy_ShouldBeTheSeededVersionWithItsText()
    {
        var policy = await Client.GetFromJsonAsync<JsonElement>("/api/v1/policies/current");
        var same = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/policies/{PolicyVersion}");

        Assert.Equal(PolicyVersion, policy.GetProperty("version").GetString());
        Assert.Contains("TROLLEE Technology (Guangzhou) Co., Ltd.", policy.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(policy.GetProperty("text").GetString(), same.GetProperty("text").GetString());
        await Expect.ProblemAsync(await Client.GetAsync("/api/v1/policies/1999-01-01"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    [Trait("Obligation", "V1")]
    [Trait("Obligation", "G4")]
    public async Task SignificantChange_ShouldHoldBackEverythingButReadingWithdrawingAcceptingAndLoggingOut()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/me/consents/model_improvement", new { granted = true }), HttpStatusCode.OK);
        await PublishAsync(admin, "2026-12-significant", significant: true);
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        var feedback = await me.Client.PostAsJsonAsync("/api/v1/me/model-feedback", new { rating = 5 });
        var correct = await me.Client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("held") });
        var grant = await me.Client.PutAsJsonAsync("/api/v1/me/consents/marketing_email", new { granted = true });

        var problem = await Expect.ProblemAsync(feedback, HttpStatusCode.Forbidden, "policy-acceptance-required");
        Assert.Equal("2026-12-significant", problem.GetProperty("version").GetString());
        await Expect.ProblemAsync(correct, HttpStatusCode.Forbidden, "policy-acceptance-required");
        await Expect.ProblemAsync(grant, HttpStatusCode.Forbidden, "policy-acceptance-required");
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me/consents"), HttpStatusCode.OK);
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/me/consents/model_improvement", new { granted = false }), HttpStatusCode.OK);

        await Expect.StatusAsync(
            await me.Client.PostAsJsonAsync("/api/v1/me/policy-acceptances", new { version = "2026-12-significant" }), HttpStatusCode.Created);

        await Expect.StatusAsync(await me.Client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("free") }), HttpStatusCode.OK);
        await Expect.StatusAsync(await me.Client.DeleteAsync("/api/v1/sessions/current"), HttpStatusCode.NoContent);
    }

    [Fact]
    [Trait("Obligation", "V1")]
    [Trait("Obligation", "G1")]
    public async Task SignificantChange_ShouldStillLetThePersonLogOut()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        await PublishAsync(admin, "2026-12-logout", significant: true);
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        await Expect.StatusAsync(await me.Client.DeleteAsync("/api/v1/sessions/current"), HttpStatusCode.NoContent);
    }

    [Fact]
    [Trait("Obligation", "V1")]
    public async Task MinorChange_ShouldBeAnnouncedAndTakenAsAcceptedAtTheNextLogin()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        await PublishAsync(admin, "2026-12-minor", significant: false);
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        var notices = await Client.GetFromJsonAsync<JsonElement>("/api/v1/notices");
        await Expect.StatusAsync(await me.Client.PatchAsJsonAsync("/api/v1/me", new { username = Unique("minor") }), HttpStatusCode.OK);
        await LogInAsync(me.User);

        var first = notices.GetProperty("items")[0];
        Assert.Equal(("2026-12-minor", false), (first.GetProperty("policyVersion").GetString(), first.GetProperty("significant").GetBoolean()));
        var acceptance = await WithDatabaseAsync(db => db.PolicyAcceptances.SingleAsync(a => a.Version == "2026-12-minor"));
        Assert.Equal((me.User.Id, PolicyAcceptanceChannel.ContinuedUse), (acceptance.AccountId.Value, acceptance.Channel));
    }

    [Fact]
    [Trait("Obligation", "V1")]
    public async Task Registration_ShouldRecordTheAcceptedVersion()
    {
        var me = await RegisterAsync();

        var acceptance = await WithDatabaseAsync(db => db.PolicyAcceptances.SingleAsync(a => a.AccountId == new Pixyer.Domain.Accounts.AccountId(me.Id)));

        Assert.Equal((PolicyVersion, PolicyAcceptanceChannel.Registration), (acceptance.Version, acceptance.Channel));
    }

    [Fact]
    [Trait("Obligation", "V1")]
    public async Task Publish_WhenCustomerOrDuplicateOrOutOfOrder_ShouldRefuseClearly()
    {
        var admin = await SignUpAdminAsync();
        var customer = await SignUpAsync();
        await PublishAsync(admin, "2027-01", significant: false);

        var byCustomer = await customer.Client.PostAsJsonAsync("/api/v1/admin/policies", Body("2027-02", App.Clock.GetUtcNow().AddDays(3), true));
        var duplicate = await admin.Client.PostAsJsonAsync("/api/v1/admin/policies", Body("2027-01", App.Clock.GetUtcNow().AddDays(3), true));
        var backdated = await admin.Client.PostAsJsonAsync("/api/v1/admin/policies", Body("2023-01", new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), true));

        await Expect.ProblemAsync(byCustomer, HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(duplicate, HttpStatusCode.Conflict, "conflict");
        await Expect.ProblemAsync(backdated, HttpStatusCode.UnprocessableEntity, "policy-effective-order");
    }

    private async Task PublishAsync(SignedIn admin, string version, bool significant) =>
        await Expect.StatusAsync(
            await admin.Client.PostAsJsonAsync("/api/v1/admin/policies", Body(version, App.Clock.GetUtcNow().AddMinutes(1), significant)),
            HttpStatusCode.Created);

    private static object Body(string version, DateTimeOffset effectiveAt, bool significant) =>
        new { version, effectiveAt, significant, text = $"Pixyer privacy policy, version {version}." };
}
