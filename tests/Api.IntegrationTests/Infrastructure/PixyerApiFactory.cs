using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Pixyer.Infrastructure.Persistence;
using Respawn;
using Respawn.Graph;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over real HTTP (TestServer) on a real PostgreSQL, started once per run. Time is a
/// <see cref="FakeTimeProvider"/>; mails land in a temporary pickup folder; Respawn empties the tables between tests.
/// </summary>
public sealed class PixyerApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "first.admin@pixyer.test";

    /// <summary>An existing database to run on instead of a throwaway server.</summary>
    public const string DatabaseVariable = "PIXYER_TEST_DB";

    private PostgresServer? postgres;
    private string? connectionString;
    private Respawner? respawner;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"pixyer-tests-{Guid.NewGuid():N}");

    public string ConnectionString => connectionString ?? throw new InvalidOperationException("Not started.");

    public Mailbox Mailbox => new(Services, Path.Combine(DataDirectory, "mail"));

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } configured)
        {
            connectionString = configured;
        }
        else
        {
            postgres = await PostgresServer.StartAsync("pixyer_tests");
            connectionString = postgres.ConnectionString;
        }

        _ = Server; // starts the host: migrations run, Quartz provisions its tables
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // Only the application's own tables: migrations history and Quartz's schedule stay.
            TablesToInclude = ApplicationTables(),
        });
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await respawner!.ResetAsync(connection);
        await Services.SeedPolicyAsync();
        Mailbox.Clear();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>A second app on the same database and clock, with some settings changed.</summary>
    public WebApplicationFactory<Program> WithSettings(Dictionary<string, string> overrides) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in overrides)
            {
                builder.UseSetting(key, value);
            }
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings(ConnectionString, DataDirectory))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The configuration every test host runs with; a test may start a variant with some values changed.</summary>
    public static Dictionary<string, string?> Settings(string connectionString, string dataDirectory) => new()
    {
        ["ConnectionStrings:Pixyer"] = connectionString,
        ["Pixyer:DataDirectory"] = dataDirectory,
        ["Pixyer:Bootstrap:AdminEmails:0"] = AdminEmail,
        // Tests deliver mail explicitly; the job's own schedule would race them.
        ["Pixyer:Jobs:OutboxDeliveryInterval"] = "01:00:00",
        // Tests run the generation worker, the export worker and the purges themselves, so that each decides when they run.
        ["Pixyer:Jobs:GenerationInterval"] = "00:00:00",
        ["Pixyer:Jobs:ExportInterval"] = "00:00:00",
        ["Pixyer:Jobs:ExportPurgeInterval"] = "00:00:00",
        ["Pixyer:Jobs:AbandonedWritePurgeInterval"] = "00:00:00",
        ["Pixyer:Jobs:ErasureInterval"] = "00:00:00",
        ["Pixyer:Jobs:GuardianRequestPurgeInterval"] = "00:00:00",
        // Tests mark inactive accounts themselves, after moving the clock.
        ["Pixyer:Jobs:InactivityInterval"] = "00:00:00",
        ["Pixyer:Jobs:AnonymizationInterval"] = "00:00:00",
        // Tests purge backups and unverified registrations themselves, after moving the clock.
        ["Pixyer:Jobs:BackupPurgeInterval"] = "00:00:00",
        ["Pixyer:Jobs:UnverifiedPurgeInterval"] = "00:00:00",
        ["Pixyer:Http:LoginRequestsPerMinute"] = "100000",
        ["Pixyer:Http:RegistrationsPerMinute"] = "100000",
        ["Pixyer:Http:PublicReadsPerMinute"] = "100000",
        ["Pixyer:LoginThrottle:MaxFailuresPerClient"] = "1000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private Table[] ApplicationTables()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        return db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Select(t => new Table(t)).ToArray();
    }
}
