using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Accounts;

public sealed class VerifyEmailTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "C1")]
    public async Task VerifyEmail_WhenTokenUsedTwice_ShouldRefuseTheSecondTime()
    {
        var user = await RegisterAsync();
        var token = Mails.VerificationToken(await Mailbox.DeliverAndReadLastAsync(user.Email));

        var first = await Client.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token });
        var second = await Client.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token });

        await Expect.StatusAsync(first, HttpStatusCode.OK);
        await Expect.ProblemAsync(second, HttpStatusCode.UnprocessableEntity, "verification-token-invalid");
    }

    [Fact]
    [Trait("Obligation", "C1")]
    public async Task VerifyEmail_WhenTokenOlderThan24Hours_ShouldRefuseAndLeaveAddressUnverified()
    {
        var user = await RegisterAsync();
        var token = Mails.VerificationToken(await Mailbox.DeliverAndReadLastAsync(user.Email));
        App.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var response = await Client.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token });

        await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "verification-token-invalid");
        var session = await LogInAsync(user);
        using var client = BearerClient(session.Token);
        Assert.False((await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("emailVerified").GetBoolean());
    }

    [Fact]
    [Trait("Obligation", "C1")]
    public async Task VerifyEmail_WhenTokenUnknown_ShouldRefuse()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token = "not-a-real-token" });

        await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "verification-token-invalid");
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task VerifyEmail_WhenAddressIsABootstrapAdmin_ShouldGrantAdminOnlyOnceVerified()
    {
        var admin = await RegisterAsync(PixyerApiFactory.AdminEmail);
        var before = await LogInAsync(admin);
        using (var unverified = BearerClient(before.Token))
        {
            await Expect.ProblemAsync(await unverified.GetAsync("/api/v1/admin/audit/verify"), HttpStatusCode.Forbidden, "forbidden");
        }

        await VerifyEmailAsync(admin.Email);
        var after = await LogInAsync(admin);
        using var verified = BearerClient(after.Token);

        await Expect.StatusAsync(await verified.GetAsync("/api/v1/admin/audit/verify"), HttpStatusCode.OK);
        var roles = (await verified.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString());
        Assert.Contains("Admin", roles);
    }
}
