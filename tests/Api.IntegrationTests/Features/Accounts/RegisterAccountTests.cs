using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Auditing;

namespace Pixyer.Api.IntegrationTests.Features.Accounts;

public sealed class RegisterAccountTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "C1")]
    [Trait("Obligation", "G1")]
    [Trait("Obligation", "G3")]
    public async Task Journey_WhenAdultRegistersVerifiesLogsInCorrectsAndLogsOut_ShouldEndWithTokenRefused()
    {
        var user = await RegisterAsync();
        await VerifyEmailAsync(user.Email);
        var session = await LogInAsync(user);
        using var client = BearerClient(session.Token);

        var profile = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(user.Username, profile.GetProperty("username").GetString());
        Assert.True(profile.GetProperty("emailVerified").GetBoolean());

        var corrected = await client.PatchAsJsonAsync("/api/v1/me", new { username = user.Username + "x" });
        await Expect.StatusAsync(corrected, HttpStatusCode.OK);
        Assert.Equal(user.Username + "x", (await client.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("username").GetString());

        await Expect.StatusAsync(await client.DeleteAsync("/api/v1/sessions/current"), HttpStatusCode.NoContent);
        await Expect.ProblemAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    [Trait("Obligation", "A1")]
    public async Task Register_WhenSeventeen_ShouldRefuseWithAgeRequirementAndStoreNothingAboutThem()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        var username = Unique("minor");
        var email = $"{username}@example.com";

        var response = await Client.PostAsJsonAsync(
            "/api/v1/accounts", RegistrationBody(username, email, dateOfBirth: today.AddYears(-17).ToString("yyyy-MM-dd")));

        await Expect.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "age-requirement");
        Assert.Empty(await DatabaseScan.FindAsync(App, username));
        Assert.Empty(await DatabaseScan.FindAsync(App, email));
        Assert.Equal(0, await Mailbox.DeliverAsync().ContinueWith(t => t.Result.Sent));
        var audit = await WithDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.RequestName == "RegisterAccountCommand"));
        Assert.Equal(AuditOutcome.Refused, audit.Outcome);
        Assert.Equal("age-requirement", audit.ProblemType);
        Assert.Null(audit.SubjectId);
    }

    [Fact]
    [Trait("Obligation", "A1")]
    public async Task Register_WhenEighteenToday_ShouldAccept()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        var username = Unique("adult");

        var response = await Client.PostAsJsonAsync(
            "/api/v1/accounts", RegistrationBody(username, $"{username}@example.com", dateOfBirth: today.AddYears(-18).ToString("yyyy-MM-dd")));

        await Expect.StatusAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    [Trait("Obligation", "C1")]
    public async Task Register_WhenEmailOrUsernameTakenInAnyCase_ShouldAnswerConflict()
    {
        var first = await RegisterAsync();

        var sameEmail = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("other"), first.Email.ToUpperInvariant()));
        var sameName = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(first.Username.ToUpperInvariant(), $"{Unique("x")}@example.com"));

        await Expect.ProblemAsync(sameEmail, HttpStatusCode.Conflict, "conflict");
        await Expect.ProblemAsync(sameName, HttpStatusCode.Conflict, "conflict");
        Assert.Equal(1, await WithDatabaseAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "P2")]
    public async Task Register_WhenEveryFieldIsWrong_ShouldReportAllErrorsAtOnce()
    {
        var response = await Client.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username = "a!", email = "not-an-email", password = "short", dateOfBirth = "1990-01-01", acceptedPolicyVersion = "1999-01-01" });

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "username", "email", "password" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error reported for {field}: {errors}");
        }
    }

    [Fact]
    [Trait("Obligation", "V1")]
    public async Task Register_WhenAcceptingAnotherPolicyVersionThanTheOneInForce_ShouldRefuseTheField()
    {
        var username = Unique("old");

        var response = await Client.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username, email = $"{username}@example.com", password = GoodPassword, dateOfBirth = "1990-01-01", acceptedPolicyVersion = "1999-01-01" });

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("acceptedPolicyVersion", out _));
    }

    [Theory]
    [Trait("Obligation", "P2")]
    [InlineData("alllowercaseletters")]
    [InlineData("Sh0rt-pass")]
    [InlineData("{0}-Is-My-Name-1")]
    public async Task Register_WhenPasswordIsWeak_ShouldRefuseIt(string password)
    {
        var username = Unique("weak");
        var response = await Client.PostAsJsonAsync(
            "/api/v1/accounts", RegistrationBody(username, $"{Unique("m")}@example.com", string.Format(password, username)));

        var problem = await Expect.ProblemAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Register_WhenRetriedWithSameIdempotencyKey_ShouldReplayAndCreateOneAccount()
    {
        var username = Unique("retry");
        var body = RegistrationBody(username, $"{username}@example.com");
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(body, key);
        var again = await PostWithKeyAsync(body, key);
        var changed = await PostWithKeyAsync(RegistrationBody(username + "z", $"{username}z@example.com"), key);

        await Expect.StatusAsync(first, HttpStatusCode.Created);
        await Expect.StatusAsync(again, HttpStatusCode.Created);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        await Expect.ProblemAsync(changed, HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        Assert.Equal(1, await WithDatabaseAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task Register_WhenSameKeyRacesItself_ShouldCreateOneAccountAndAnswerBothAlike()
    {
        var username = Unique("race");
        var body = RegistrationBody(username, $"{username}@example.com");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostWithKeyAsync(body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single((await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct());
        Assert.Equal(1, await WithDatabaseAsync(db => db.Accounts.CountAsync()));
    }

    private Task<HttpResponseMessage> PostWithKeyAsync(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return Client.SendAsync(request);
    }
}
