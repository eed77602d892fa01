using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Http;

/// <summary>
/// A store that cannot be reached is an outage the client should retry (503 with Retry-After), not a bug (500).
/// Each case runs its own app on its own store, whichever provider the rest of the suite uses, because breaking
/// the shared store would break every other test.
/// </summary>
public sealed class DatabaseOutageTests(PixyerApiFactory app) : ApiTest(app)
{
    [Fact]
    [Trait("Obligation", "P1")]
    public async Task DataEndpoints_WhenPostgreSqlIsStopped_ShouldAnswer503WithRetryAfter()
    {
        await using var server = await PostgresServer.StartAsync("pixyer_outage");
        await using var outage = App.WithSettings(new() { ["ConnectionStrings:Pixyer"] = server.ConnectionString });
        using var client = outage.CreateClient();
        // The clustered scheduler must have checked in first: it cannot shut down otherwise.
        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode);

        await server.StopAsync();
        try
        {
            await ExpectOutageAsync(client);
        }
        finally
        {
            // Nor without its database.
            await server.StartAgainAsync();
        }

        await Expect.StatusAsync(await client.GetAsync("/health/ready"), HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Obligation", "P1")]
    public async Task DataEndpoints_WhenTheSqliteFileCannotBeOpened_ShouldAnswer503WithRetryAfter()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("pixyer-outage-").FullName;
        try
        {
            await using var outage = App.WithSettings(new()
            {
                ["ConnectionStrings:Pixyer"] = "",
                ["Pixyer:DataDirectory"] = dataDirectory,
            });
            using var client = outage.CreateClient();

            // The database file is replaced by a directory, and no pooled connection keeps the old file open.
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(dataDirectory, "pixyer.db*"))
            {
                File.Delete(file);
            }

            Directory.CreateDirectory(Path.Combine(dataDirectory, "pixyer.db"));

            await ExpectOutageAsync(client);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task ExpectOutageAsync(HttpClient client)
    {
        var login = await client.PostAsJsonAsync("/api/v1/sessions", new { email = "someone@example.com", password = GoodPassword });
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
