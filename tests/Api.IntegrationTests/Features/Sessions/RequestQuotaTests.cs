using System.Net;
using System.Net.Http.Headers;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Sessions;

/// <summary>
/// Every request counts against its client's allowance, and every answer tells the client where it stands
/// (draft-ietf-httpapi-ratelimit-headers), so a client can slow down before it is refused.
/// </summary>
[Trait("Obligation", "P1")]
public sealed class RequestQuotaTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    public async Task AnyAnswer_ShouldTellTheClientItsAllowanceAndWhatIsLeft()
    {
        await using var api = App.WithSettings(new() { ["Pixyer:Http:RequestsPerMinute"] = "50" });
        using var client = api.CreateApiClient();

        var first = await client.GetAsync("/api/v1/me");
        var second = await client.GetAsync($"/api/v1/uploads/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal("\"requests\";q=50;w=60", Header(first, "RateLimit-Policy"));
        Assert.StartsWith("\"requests\";r=49;t=", Header(first, "RateLimit"), StringComparison.Ordinal);
        Assert.StartsWith("\"requests\";r=48;t=", Header(second, "RateLimit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WhenTheGeneralAllowanceIsUsedUp_ShouldAnswer429UntilTheWindowTurns()
    {
        await using var api = App.WithSettings(new() { ["Pixyer:Http:RequestsPerMinute"] = "3" });
        using var client = api.CreateApiClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/plans");
        await Expect.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.StartsWith("\"requests\";r=0;", Header(refused, "RateLimit"), StringComparison.Ordinal);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);

        App.Clock.Advance(refused.Headers.RetryAfter.Delta.Value);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans")).StatusCode);
    }

    [Fact]
    public async Task SignedInAccount_ShouldHaveItsOwnAllowance_NotTheAddressOnesOthersUsedUp()
    {
        var person = await SignUpAsync();
        await using var api = App.WithSettings(new() { ["Pixyer:Http:RequestsPerMinute"] = "2" });
        using var anonymous = api.CreateApiClient();
        using var signedIn = api.CreateApiClient();
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", person.Session.Token);

        await anonymous.GetAsync("/api/v1/plans");
        await anonymous.GetAsync("/api/v1/plans");
        var anonymousRefused = await anonymous.GetAsync("/api/v1/plans");
        var mine = await signedIn.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, anonymousRefused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.StartsWith("\"requests\";r=1;", Header(mine, "RateLimit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogIn_ShouldNameTheStricterAllowanceItAlsoCountsAgainst()
    {
        await using var api = App.WithSettings(new() { ["Pixyer:Http:LoginRequestsPerMinute"] = "5" });
        using var client = api.CreateApiClient();

        var response = await client.PostAsync("/api/v1/sessions", JsonBody("""{"email":"nobody@example.com","password":"wrong-password-1"}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"login\";q=5;w=60", Header(response, "RateLimit-Policy"), StringComparison.Ordinal);
        Assert.Contains("\"login\";r=4;", Header(response, "RateLimit"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : $"(no {name} header)";
}
