using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Pixyer.Api.IntegrationTests.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Persistence;

/// <summary>With no connection string the app runs on a SQLite file in its data folder: a fresh clone needs no server.</summary>
public sealed class EmbeddedSqliteTests : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"pixyer-sqlite-{Guid.NewGuid():N}");
    private readonly WebApplicationFactory<Program> app;

    public EmbeddedSqliteTests() =>
        app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Pixyer", "");
            builder.UseSetting("Pixyer:DataDirectory", dataDirectory);
            builder.UseSetting("Pixyer:Jobs:OutboxDeliveryInterval", "01:00:00");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task App_WithoutConnectionString_ShouldServeSwaggerAndRegisterIntoItsSqliteFile()
    {
        using var client = app.CreateApiClient();

        var swagger = await client.GetAsync("/swagger/index.html");
        var registered = await client.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username = "embedded", email = "embedded@example.com", password = ApiTest.GoodPassword, dateOfBirth = "1990-01-01", acceptedPolicyVersion = ApiTest.PolicyVersion });
        var login = await client.PostAsJsonAsync("/api/v1/sessions", new { email = "embedded@example.com", password = ApiTest.GoodPassword });
        var delivered = await new Mailbox(app.Services, Path.Combine(dataDirectory, "mail")).DeliverAsync();

        await Expect.StatusAsync(swagger, HttpStatusCode.OK);
        await Expect.StatusAsync(registered, HttpStatusCode.Created);
        await Expect.StatusAsync(login, HttpStatusCode.OK);
        Assert.Equal(1, delivered.Sent);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "pixyer.db")));
        Assert.Single(Directory.GetFiles(Path.Combine(dataDirectory, "mail"), "*.eml"));
    }
}
