using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Domain.Accounts;
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

        await Expect.StatusAsync(response, HttpStatusCode.Accepted);
    }

    [Fact]
    [Trait("Obligation", "C1")]
    [Trait("Obligation", "P1")]
    public async Task Register_WhenAddressHasAnAccountInAnyCase_ShouldAnswerExactlyAsForANewAddressAndAddNoAccount()
    {
        var owner = await SignUpAsync();

        var taken = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("other"), owner.User.Email.ToUpperInvariant()));
        var fresh = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("other"), $"{Unique("new")}@example.com"));

        await Expect.StatusAsync(taken, HttpStatusCode.Accepted);
        Assert.Equal(await AnswerAsync(fresh), await AnswerAsync(taken));
        Assert.Equal("""{"status":"verification-mail-sent"}""", await taken.Content.ReadAsStringAsync());
        Assert.Null(taken.Headers.Location);
        var ownerAddress = Account.NormalizeEmail(owner.User.Email);
        Assert.Equal(1, await WithDatabaseAsync(db => db.Accounts.CountAsync(a => a.NormalizedEmail == ownerAddress)));
        Assert.Equal(2, await WithDatabaseAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    [Trait("Obligation", "C1")]
    [Trait("Obligation", "P1")]
    public async Task Register_WhenAddressHasAnAccount_ShouldMailTheOwnerThatSomeoneTriedWithoutAToken()
    {
        var owner = await SignUpAsync();
        Mailbox.Clear();

        await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(Unique("other"), owner.User.Email));
        await Mailbox.DeliverAsync();

        var mail = Assert.Single(Mailbox.To(owner.User.Email));
        Assert.StartsWith("Someone tried to register", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("token", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await WithDatabaseAsync(db => db.EmailVerificationTokens.CountAsync(t => t.UsedAt == null)));
        var audit = await WithDatabaseAsync(db => db.AuditEntries.OrderBy(e => e.Position).LastAsync(e => e.RequestName == "RegisterAccountCommand"));
        Assert.Equal((AuditOutcome.Succeeded, owner.User.Id), (audit.Outcome, audit.SubjectId));
    }

    /// <summary>The username is checked before the address, so its 409 says nothing about the address.</summary>
    [Fact]
    [Trait("Obligation", "C1")]
    public async Task Register_WhenUsernameTakenInAnyCase_ShouldAnswerTheSameConflictWhetherOrNotTheAddressHasAnAccount()
    {
        var first = await RegisterAsync();
        var other = await RegisterAsync();

        var withTakenAddress = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(first.Username.ToUpperInvariant(), other.Email));
        var withNewAddress = await Client.PostAsJsonAsync("/api/v1/accounts", RegistrationBody(first.Username.ToUpperInvariant(), $"{Unique("x")}@example.com"));

        await Expect.ProblemAsync(withTakenAddress, HttpStatusCode.Conflict, "conflict");
        await Expect.ProblemAsync(withNewAddress, HttpStatusCode.Conflict, "conflict");
        Assert.Equal(await ProblemWithoutTraceAsync(withNewAddress), await ProblemWithoutTraceAsync(withTakenAddress));
        Assert.Equal(2, await WithDatabaseAsync(db => db.Accounts.CountAsync()));
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

        await Expect.StatusAsync(first, HttpStatusCode.Accepted);
        await Expect.StatusAsync(again, HttpStatusCode.Accepted);
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

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Single((await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct());
        Assert.Equal(1, await WithDatabaseAsync(db => db.Accounts.CountAsync()));
    }

    /// <summary>Status, headers and body as a client sees them; only the date and the correlation id may differ.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            // The allowance left counts every request alike, so it differs between any two answers and tells nothing.
            .Where(h => h.Key is not ("Date" or "X-Correlation-Id" or "RateLimit"))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}");
        return $"{(int)response.StatusCode}\n{string.Join("\n", headers)}\n\n{await response.Content.ReadAsStringAsync()}";
    }

    private static async Task<string> ProblemWithoutTraceAsync(HttpResponseMessage response)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        problem.Remove("correlationId");
        return problem.ToJsonString();
    }

    private Task<HttpResponseMessage> PostWithKeyAsync(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return Client.SendAsync(request);
    }
}
