using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Profile;

public sealed class ProfileTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "G3")]
    public async Task CorrectEmail_ShouldTakeEffectOnlyOnceTheNewAddressIsVerified()
    {
        var me = await SignUpAsync();
        var newEmail = $"{Unique("moved")}@example.com";

        var response = await me.Client.PatchAsJsonAsync("/api/v1/me", new { email = newEmail });

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var pending = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(me.User.Email, pending.GetProperty("email").GetString());
        Assert.Equal(newEmail, pending.GetProperty("pendingEmail").GetString());

        await VerifyEmailAsync(newEmail);

        var done = await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(newEmail, done.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("pendingEmail").ValueKind);
        await LogInAsync(me.User with { Email = newEmail });
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task CorrectUsername_WhenTakenByAnother_ShouldAnswerConflictAndKeepMine()
    {
        var other = await RegisterAsync();
        var me = await SignUpAsync();

        var response = await me.Client.PatchAsJsonAsync("/api/v1/me", new { username = other.Username.ToUpperInvariant() });

        await Expect.ProblemAsync(response, HttpStatusCode.Conflict, "conflict");
        Assert.Equal(me.User.Username, (await me.Client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("username").GetString());
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task CorrectProfile_WhenBodyEmpty_ShouldAnswerValidationProblem()
    {
        var me = await SignUpAsync();

        var response = await me.Client.PatchAsJsonAsync("/api/v1/me", new { });

        await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    [Trait("Obligation", "P2")]
    [Trait("Obligation", "G1")]
    public async Task ChangePassword_ShouldRevokeOtherSessionsAndKeepThisOne()
    {
        var me = await SignUpAsync();
        var other = await LogInAsync(me.User);
        using var otherClient = BearerClient(other.Token);
        const string newPassword = "Brand-New-Secret-77";

        var response = await me.Client.PutAsJsonAsync("/api/v1/me/password", new { currentPassword = me.User.Password, newPassword });

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("otherSessionsRevoked").GetInt32());
        await Expect.StatusAsync(await me.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        await Expect.StatusAsync(await otherClient.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        var oldPassword = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = me.User.Email, password = me.User.Password });
        await Expect.StatusAsync(oldPassword, HttpStatusCode.Unauthorized);
        await LogInAsync(me.User with { Password = newPassword });
    }

    [Fact]
    [Trait("Obligation", "P2")]
    public async Task ChangePassword_WhenNewPasswordWeakOrContainsUsername_ShouldRefuseIt()
    {
        var me = await SignUpAsync();

        var weak = await me.Client.PutAsJsonAsync("/api/v1/me/password", new { currentPassword = me.User.Password, newPassword = "password" });
        var named = await me.Client.PutAsJsonAsync(
            "/api/v1/me/password", new { currentPassword = me.User.Password, newPassword = $"Xy-{me.User.Username}-99" });

        await Expect.ProblemAsync(weak, HttpStatusCode.BadRequest, "validation");
        await Expect.ProblemAsync(named, HttpStatusCode.BadRequest, "validation");
        await LogInAsync(me.User);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task ChangePassword_WhenCurrentPasswordWrong_ShouldRefuse()
    {
        var me = await SignUpAsync();

        var response = await me.Client.PutAsJsonAsync(
            "/api/v1/me/password", new { currentPassword = "Not-My-Password-1", newPassword = "Brand-New-Secret-77" });

        await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "current-password-incorrect");
    }
}
