using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Api.IntegrationTests.Features.Audit;

/// <summary>
/// A database from before the Merkle log, holding the old SHA-256 hash chain: at the first start after the migration the
/// chain is verified once and becomes the log's first batch; a broken chain stops the start and stays as evidence.
/// </summary>
[Trait("Obligation", "P1")]
[Trait("Obligation", "G2")]
public sealed class LegacyAuditChainUpgradeTests(PixyerApiFactory app) : ApiTest(app), IAsyncLifetime
{
    private const string ChainMigration = "AuditMerkleLog";
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"pixyer-legacy-{Guid.NewGuid():N}");
    private readonly string postgresDatabase = $"pixyer_legacy_{Guid.NewGuid():N}";

    private string AppConnectionString => TestDatabase.Provider == TestProvider.Sqlite
        ? ""
        : new NpgsqlConnectionStringBuilder(App.Database.AppConnectionString) { Database = postgresDatabase }.ToString();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Directory.CreateDirectory(dataDirectory);
        if (TestDatabase.Provider == TestProvider.PostgreSql)
        {
            await App.Database.ExecuteAsync($"CREATE DATABASE {postgresDatabase}");
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (TestDatabase.Provider == TestProvider.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            await App.Database.ExecuteAsync($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task Start_OnADatabaseHoldingTheOldChain_ShouldMakeItTheFirstSignedBatchOfTheLog()
    {
        var chain = await CreateDatabaseWithChainAsync(length: 300);
        await using var host = Host();

        using var admin = await SignUpAdminAsync(host);
        var report = await AuditLog.VerifyAsync(admin);
        var first = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit/checkpoints?pageSize=100"))
            .GetProperty("items").EnumerateArray().Last();
        var upgraded = await WithScratchDatabaseAsync(db => db.AuditEntries.Where(e => e.Sequence <= 300).OrderBy(e => e.Sequence)
            .Select(e => new { e.Sequence, e.RequestName, e.OccurredAt, e.SubjectId }).ToListAsync());

        Assert.True(report.GetProperty("valid").GetBoolean(), AuditLog.Describe(report));
        Assert.Equal(300, first.GetProperty("treeSize").GetInt64());
        Assert.Equal(chain.Select(l => (long?)l.Sequence), upgraded.Select(e => e.Sequence));
        Assert.Equal(chain.Select(l => l.RequestName), upgraded.Select(e => e.RequestName));
        Assert.Equal(chain.Select(l => l.OccurredAt), upgraded.Select(e => e.OccurredAt));
        Assert.Equal(chain.Select(l => (Guid?)l.SubjectId), upgraded.Select(e => e.SubjectId));
        Assert.False(await LegacyTableExistsAsync());
    }

    [Fact]
    public async Task Start_WhenTheOldChainIsBroken_ShouldStopAndLeaveTheChainAsEvidence()
    {
        await CreateDatabaseWithChainAsync(length: 10);
        await WithScratchDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET request_name = 'ForgedCommand' WHERE sequence = 4"));
        await using var host = Host();

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains("broken at entry 4", failure.ToString(), StringComparison.Ordinal);
        Assert.True(await LegacyTableExistsAsync());
        Assert.Equal(0, await WithScratchDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    private WebApplicationFactory<Program> Host() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in PixyerApiFactory.Settings(AppConnectionString, dataDirectory))
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>The schema as the migration before the Merkle log left it, holding a valid old chain of <paramref name="length"/> entries.</summary>
    private async Task<List<LegacyLink>> CreateDatabaseWithChainAsync(int length)
    {
        await WithScratchDatabaseAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith(ChainMigration, StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            return 0;
        });

        var chain = new List<LegacyLink>();
        var previous = new string('0', 64);
        for (var sequence = 1L; sequence <= length; sequence++)
        {
            var link = new LegacyLink(
                sequence,
                new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero).AddSeconds(sequence).AddMilliseconds(sequence % 1000),
                Guid.CreateVersion7(),
                sequence % 3 == 0 ? "Support" : "Customer",
                Guid.CreateVersion7(),
                sequence % 2 == 0 ? "CorrectMyProfileCommand" : "LogInCommand",
                sequence % 5 == 0 ? "Refused" : "Succeeded",
                sequence % 5 == 0 ? "conflict" : null,
                $"legacy-{sequence}",
                previous);
            chain.Add(link);
            previous = link.Hash;
        }

        await WithScratchDatabaseAsync(async db =>
        {
            foreach (var link in chain)
            {
                await InsertAsync(db, link);
            }

            return 0;
        });
        return chain;
    }

    private static Task<int> InsertAsync(PixyerDbContext db, LegacyLink link) => TestDatabase.Provider == TestProvider.Sqlite
        ? db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO audit_entries (sequence, occurred_at, actor_id, actor_role, subject_id, request_name, outcome, problem_type, correlation_id, previous_hash, hash)
            VALUES ({link.Sequence}, {(link.OccurredAt - DateTimeOffset.UnixEpoch).Ticks / 10}, {link.ActorId.ToString().ToUpperInvariant()}, {link.ActorRole},
                    {link.SubjectId.ToString().ToUpperInvariant()}, {link.RequestName}, {link.Outcome}, {link.ProblemType}, {link.CorrelationId}, {link.PreviousHash}, {link.Hash})
            """)
        : db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO audit_entries (sequence, occurred_at, actor_id, actor_role, subject_id, request_name, outcome, problem_type, correlation_id, previous_hash, hash)
            VALUES ({link.Sequence}, {link.OccurredAt}, {link.ActorId}, {link.ActorRole}, {link.SubjectId}, {link.RequestName}, {link.Outcome}, {link.ProblemType}, {link.CorrelationId}, {link.PreviousHash}, {link.Hash})
            """);

    private Task<bool> LegacyTableExistsAsync() => WithScratchDatabaseAsync(async db =>
        await (TestDatabase.Provider == TestProvider.Sqlite
            ? db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'legacy_audit_chain'")
            : db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_tables WHERE tablename = 'legacy_audit_chain'")).SingleAsync() > 0);

    private async Task<T> WithScratchDatabaseAsync<T>(Func<PixyerDbContext, Task<T>> work)
    {
        await using PixyerDbContext db = TestDatabase.Provider == TestProvider.Sqlite
            ? new SqlitePixyerDbContext(DatabaseRegistration.Configure(
                new DbContextOptionsBuilder<SqlitePixyerDbContext>(), DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "pixyer.db")};Pooling=False").Options)
            : new PostgresPixyerDbContext(DatabaseRegistration.Configure(
                new DbContextOptionsBuilder<PostgresPixyerDbContext>(), DatabaseProvider.PostgreSql, AppConnectionString).Options);
        return await work(db);
    }

    /// <summary>Registers, verifies and logs in the first admin on that host: a client with its bearer token.</summary>
    private async Task<HttpClient> SignUpAdminAsync(WebApplicationFactory<Program> host)
    {
        using var anonymous = host.CreateApiClient();
        await Expect.StatusAsync(
            await anonymous.PostAsJsonAsync("/api/v1/accounts", RegistrationBody("legacyadmin", PixyerApiFactory.AdminEmail)), System.Net.HttpStatusCode.Accepted);
        var mail = await new Mailbox(host.Services, Path.Combine(dataDirectory, "mail")).DeliverAndReadLastAsync(PixyerApiFactory.AdminEmail);
        await Expect.StatusAsync(
            await anonymous.PostAsJsonAsync("/api/v1/accounts/email-verification", new { token = Mails.VerificationToken(mail) }), System.Net.HttpStatusCode.OK);
        var login = await anonymous.PostAsJsonAsync("/api/v1/sessions", new { email = PixyerApiFactory.AdminEmail, password = GoodPassword });
        var client = host.CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        return client;
    }

    /// <summary>An entry of the old chain, hashed as it was: SHA-256 over a JSON array of its fields and the previous hash.</summary>
    private sealed record LegacyLink(
        long Sequence, DateTimeOffset OccurredAt, Guid ActorId, string ActorRole, Guid SubjectId, string RequestName, string Outcome, string? ProblemType, string CorrelationId, string PreviousHash)
    {
        public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
            new object?[] { Sequence, OccurredAt.UtcTicks, ActorId, ActorRole, SubjectId, RequestName, Outcome, ProblemType, CorrelationId, PreviousHash }))));
    }
}
