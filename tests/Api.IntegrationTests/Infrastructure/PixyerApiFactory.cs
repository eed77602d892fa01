using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Trace;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over real HTTP (TestServer) on the run's real database (<see cref="TestDatabase"/>: PostgreSQL or
/// the embedded SQLite file), started once per run. Time is a <see cref="FakeTimeProvider"/>; mails land in a
/// temporary pickup folder; the application's tables are emptied between tests.
/// </summary>
public sealed class PixyerApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "first.admin@pixyer.test";

    private TestDatabase? database;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"pixyer-tests-{Guid.NewGuid():N}");

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not started.");

    public Mailbox Mailbox => new(Services, Path.Combine(DataDirectory, "mail"));

    /// <summary>Every span the app's tracer provider (and any variant's) exported since the last reset.</summary>
    public ExportedSpanCollection Spans { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        database = await TestDatabase.StartAsync(DataDirectory);
        _ = Server; // starts the host: migrations run, Quartz provisions its tables
    }

    public async Task ResetAsync()
    {
        await Database.ResetAsync(ApplicationTables());
        await Services.SeedPolicyAsync();
        Mailbox.Clear();
        Spans.Clear();
        // The checkpoints kept outside the database belong to the log the reset just emptied.
        if (Directory.Exists(AuditLog.CheckpointFolder(DataDirectory)))
        {
            Directory.Delete(AuditLog.CheckpointFolder(DataDirectory), recursive: true);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
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
        foreach (var (key, value) in Settings(Database.AppConnectionString, DataDirectory))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services
            .AddSingleton<TimeProvider>(Clock)
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)));
    }

    /// <summary>The configuration every test host runs with; a test may start a variant with some values changed.</summary>
    public static Dictionary<string, string?> Settings(string connectionString, string dataDirectory) => new()
    {
        ["ConnectionStrings:Pixyer"] = connectionString,
        ["Pixyer:DataDirectory"] = dataDirectory,
        ["Pixyer:Bootstrap:AdminEmails:0"] = AdminEmail,
        // Tests deliver mail explicitly; the job's own schedule would race them (on SQLite each host's in-memory
        // scheduler fires it as the host starts, so an interval of any length races a variant host's first delivery).
        ["Pixyer:Jobs:OutboxDeliveryInterval"] = "00:00:00",
        // Tests run the generation worker, the export worker and the purges themselves, so that each decides when they
        // run: no node of theirs has workers of its own, unless a test gives it some.
        ["Pixyer:Jobs:GenerationWorkers"] = "0",
        ["Pixyer:Jobs:ExportWorkers"] = "0",
        ["Pixyer:Jobs:ErasureWorkers"] = "0",
        ["Pixyer:Jobs:GenerationInterval"] = "00:00:00",
        ["Pixyer:Jobs:ExportInterval"] = "00:00:00",
        ["Pixyer:Jobs:ExportPurgeInterval"] = "00:00:00",
        ["Pixyer:Jobs:AbandonedWritePurgeInterval"] = "00:00:00",
        ["Pixyer:Jobs:ErasureInterval"] = "00:00:00",
        ["Pixyer:Jobs:GuardianRequestPurgeInterval"] = "00:00:00",
        ["Pixyer:Jobs:AnonymousInquiryPurgeInterval"] = "00:00:00",
        // Tests mark inactive accounts themselves, after moving the clock.
        ["Pixyer:Jobs:InactivityInterval"] = "00:00:00",
        ["Pixyer:Jobs:AnonymizationInterval"] = "00:00:00",
        // Tests purge backups and unverified registrations themselves, after moving the clock.
        ["Pixyer:Jobs:BackupPurgeInterval"] = "00:00:00",
        ["Pixyer:Jobs:UnverifiedPurgeInterval"] = "00:00:00",
        // Tests renew subscriptions and apply payment webhooks themselves, after moving the clock or delivering an event.
        ["Pixyer:Jobs:RenewalInterval"] = "00:00:00",
        ["Pixyer:Jobs:PaymentEventInterval"] = "00:00:00",
        // Tests tell incidents' affected people and run the 72-hour clock themselves; three affected people pass the threshold.
        ["Pixyer:Jobs:IncidentNotificationInterval"] = "00:00:00",
        ["Pixyer:Jobs:IncidentClockInterval"] = "00:00:00",
        ["Pixyer:Incidents:PublicNoticeThreshold"] = "2",
        // Tests carry business transfers on themselves, after declaring one or moving the clock.
        ["Pixyer:Jobs:BusinessTransferInterval"] = "00:00:00",
        ["Pixyer:Jobs:CampaignInterval"] = "00:00:00",
        ["Pixyer:Jobs:AdProfileInterval"] = "00:00:00",
        // Tests sequence the audit log themselves (AuditLog.SequenceAsync), so that a tampering test decides what the sequencer sees.
        ["Pixyer:Audit:SequencingInterval"] = "00:00:00",
        ["Pixyer:Http:RequestsPerMinute"] = "100000",
        ["Pixyer:Http:LoginRequestsPerMinute"] = "100000",
        ["Pixyer:Http:RegistrationsPerMinute"] = "100000",
        ["Pixyer:Http:PublicReadsPerMinute"] = "100000",
        ["Pixyer:LoginThrottle:MaxFailuresPerClient"] = "1000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private string[] ApplicationTables()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        return db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToArray();
    }
}
