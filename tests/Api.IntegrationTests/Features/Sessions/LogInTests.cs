using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Sessions;

public sealed class LogInTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task LogIn_WhenPasswordWrongOrEmailUnknown_ShouldAnswerIdentically()
    {
        var user = await RegisterAsync();

        var wrongPassword = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = "Wrong-Password-123" });
        var unknownEmail = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = "nobody@example.com", password = "Wrong-Password-123" });

        var a = await Expect.ProblemAsync(wrongPassword, HttpStatusCode.Unauthorized, "unauthenticated");
        var b = await Expect.ProblemAsync(unknownEmail, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
        Assert.Equal(
            wrongPassword.Headers.Select(h => h.Key).Order(),
            unknownEmail.Headers.Select(h => h.Key).Order());
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task LogIn_WhenEmailUnknown_ShouldTakeAsLongAsAWrongPassword()
    {
        var user = await RegisterAsync();
        var wrong = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            wrong.Add(await TimeLogInAsync(user.Email));
            unknown.Add(await TimeLogInAsync($"nobody{i}@example.com"));
        }

        // Both verify a PBKDF2 hash; without the dummy verification the unknown address answers ~10x faster.
        var ratio = Median(unknown) / Median(wrong);
        Assert.InRange(ratio, 0.4, 2.5);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task LogIn_WhenSixthFailureInFifteenMinutes_ShouldAnswer429WithRetryAfterEvenForTheRightPassword()
    {
        var user = await RegisterAsync();
        for (var i = 0; i < 5; i++)
        {
            var failed = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = $"Wrong-Password-{i}" });
            await Expect.ProblemAsync(failed, HttpStatusCode.Unauthorized, "unauthenticated");
        }

        var sixth = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = "Wrong-Password-6" });
        var right = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = user.Password });

        await Expect.ProblemAsync(sixth, HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.InRange(sixth.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        await Expect.ProblemAsync(right, HttpStatusCode.TooManyRequests, "too-many-requests");

        App.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        await LogInAsync(user);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task LogIn_WhenOneClientFailsAcrossManyAccounts_ShouldThrottleTheClient()
    {
        await using var strict = App.WithSettings(new() { ["Pixyer:LoginThrottle:MaxFailuresPerClient"] = "3" });
        using var client = strict.CreateApiClient();
        for (var i = 0; i < 3; i++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/sessions", new { email = $"guess{i}@example.com", password = "Wrong-Password-1" });
            await Expect.StatusAsync(failed, HttpStatusCode.Unauthorized);
        }

        var next = await client.PostAsJsonAsync("/api/v1/sessions", new { email = "guess9@example.com", password = "Wrong-Password-1" });

        await Expect.ProblemAsync(next, HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.NotNull(next.Headers.RetryAfter);
    }

    [Fact]
    [Trait("Obligation", "K1")]
    [Trait("Obligation", "G1")]
    public async Task LogIn_ShouldSetAnHttpOnlySecureSameSiteCookieHoldingOnlyTheToken()
    {
        var user = await RegisterAsync();

        var response = await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = user.Password });

        await Expect.StatusAsync(response, HttpStatusCode.OK);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pixyer_session=", StringComparison.Ordinal));
        Assert.StartsWith($"pixyer_session={session.GetProperty("token").GetString()};", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(user.Email, cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(user.Username, cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(43, session.GetProperty("token").GetString()!.Length); // 256 bits, base64url
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task LogIn_ShouldStoreOnlyTheTokenHash()
    {
        var user = await RegisterAsync();

        var session = await LogInAsync(user);

        Assert.Empty(await DatabaseScan.FindAsync(App, session.Token));
        Assert.Empty(await DatabaseScan.FindAsync(App, session.CsrfToken));
        Assert.Empty(await DatabaseScan.FindAsync(App, user.Password));
    }

    private async Task<double> TimeLogInAsync(string email)
    {
        var watch = Stopwatch.StartNew();
        var response = await Client.PostAsJsonAsync("/api/v1/sessions", new { email, password = "Wrong-Password-1" });
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
