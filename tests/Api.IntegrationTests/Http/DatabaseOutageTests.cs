using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>
/// A store that cannot be reached is an outage the client should retry (503 with Retry-After), not a bug (500).
/// The test runs its own app on its own PostgreSQL server, whichever provider the rest of the suite uses, because
/// stopping the shared store would break every other test. PostgreSQL only: an embedded SQLite file cannot be taken
/// away from a running process for sure (a connection in use keeps the unlinked file open and goes on working), so
/// its busy, locked and cannot-open codes are mapped by the same classifier but not provoked here. The host runs no
/// scheduler: Quartz's clustered store, retrying its check-in across the outage, was seen to wedge the host's shutdown
/// for good once the server was back (a dump showed its trigger loop and a job's completion waiting on each other).
/// </summary>
public sealed class DatabaseOutageTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task DataEndpoints_WhenPostgreSqlIsStopped_ShouldAnswer503WithRetryAfter()
    {
        await using var server = await PostgresServer.StartAsync("pixyer_outage");
        await using var outage = App.WithSettings(new()
        {
            ["ConnectionStrings:Pixyer"] = server.ConnectionString,
            ["Pixyer:Jobs:Enabled"] = "false",
        });
        using var client = outage.CreateClient();
        await Expect.StatusAsync(await LogInAsync(client), HttpStatusCode.Unauthorized);

        await server.StopAsync();
        try
        {
            await ExpectOutageAsync(client);
        }
        finally
        {
            await server.StartAgainAsync();
        }

        await Expect.StatusAsync(await LogInAsync(client), HttpStatusCode.Unauthorized);
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/v1/sessions", new { email = "someone@example.com", password = GoodPassword });

    private static async Task ExpectOutageAsync(HttpClient client)
    {
        var login = await LogInAsync(client);
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "a-session-token-the-store-cannot-check");
        var profile = await client.SendAsync(me);
        var ready = await client.GetAsync("/health/ready");

        foreach (var response in new[] { login, profile })
        {
            await Expect.ProblemAsync(response, HttpStatusCode.ServiceUnavailable, "service-unavailable");
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells the client when to retry.");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
