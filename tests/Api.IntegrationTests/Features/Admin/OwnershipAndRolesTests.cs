using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Admin;

public sealed class OwnershipAndRolesTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    [Trait("Obligation", "G1")]
    public async Task UserB_WhenTouchingUserAsSession_ShouldGetNotFoundAndLeaveItWorking()
    {
        var a = await SignUpAsync();
        var b = await SignUpAsync();

        var revoke = await b.Client.DeleteAsync($"/api/v1/sessions/{a.Session.SessionId}");
        var bSessions = await b.Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions");
        var bProfile = await b.Client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        await Expect.ProblemAsync(revoke, HttpStatusCode.NotFound, "not-found");
        await Expect.StatusAsync(await a.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.DoesNotContain(
            bSessions.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == a.Session.SessionId);
        Assert.Equal(b.User.Id, bProfile.GetProperty("id").GetGuid());
    }

    [Fact]
    [Trait("Obligation", "G1")]
    public async Task RevokeSession_WhenMine_ShouldEndOnlyThatSession()
    {
        var me = await SignUpAsync();
        var lost = await LogInAsync(me.User);
        using var lostDevice = BearerClient(lost.Token);

        await Expect.StatusAsync(await me.Client.DeleteAsync($"/api/v1/sessions/{lost.SessionId}"), HttpStatusCode.NoContent);

        await Expect.StatusAsync(await lostDevice.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
    }

    [Theory]
    [Trait("Obligation", "P1")]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/sessions")]
    public async Task PersonalEndpoints_WhenNoSession_ShouldAnswer401(string path)
    {
        await Expect.ProblemAsync(await Client.GetAsync(path), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task AdminEndpoints_WhenCustomer_ShouldAnswer403()
    {
        var customer = await SignUpAsync();

        await Expect.ProblemAsync(await customer.Client.GetAsync("/api/v1/admin/audit"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await customer.Client.GetAsync("/api/v1/admin/audit/verify"), HttpStatusCode.Forbidden, "forbidden");
        var roles = await customer.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{customer.User.Id}/roles", new { roles = new[] { "Admin" } });
        await Expect.ProblemAsync(roles, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task SetRoles_WhenAdminGrantsPrivacyOfficer_ShouldOpenTheAuditToThatAccount()
    {
        var admin = await SignUpAdminAsync();
        var officer = await SignUpAsync();

        var response = await admin.Client.PutAsJsonAsync(
            $"/api/v1/admin/subjects/{officer.User.Id}/roles", new { roles = new[] { "PrivacyOfficer" } });

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(
            ["Customer", "PrivacyOfficer"],
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        await Expect.StatusAsync(await officer.Client.GetAsync("/api/v1/admin/audit"), HttpStatusCode.OK);
        await Expect.ProblemAsync(
            await officer.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{admin.User.Id}/roles", new { roles = Array.Empty<string>() }),
            HttpStatusCode.Forbidden,
            "forbidden");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task SetRoles_WhenSubjectUnknownOrRoleUnknownOrLastAdmin_ShouldRefuseClearly()
    {
        var admin = await SignUpAdminAsync();

        var unknownSubject = await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{Guid.NewGuid()}/roles", new { roles = new[] { "Support" } });
        var unknownRole = await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{admin.User.Id}/roles", new { roles = new[] { "Wizard" } });
        var lastAdmin = await admin.Client.PutAsJsonAsync($"/api/v1/admin/subjects/{admin.User.Id}/roles", new { roles = Array.Empty<string>() });

        await Expect.ProblemAsync(unknownSubject, HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(unknownRole, HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(lastAdmin, HttpStatusCode.Conflict, "conflict");
    }
}
