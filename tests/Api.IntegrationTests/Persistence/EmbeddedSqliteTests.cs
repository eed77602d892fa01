using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Deletion;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.AccessLog.TruncateAccessLogIps;
using Pixyer.Application.Features.Accounts.PurgeUnverifiedRegistrations;
using Pixyer.Application.Features.Backups.ListBackups;
using Pixyer.Application.Features.Backups.PurgeExpiredBackups;
using Pixyer.Application.Features.Deletion;
using Pixyer.Application.Features.Sessions.LogIn;
using Pixyer.Domain.AccessLog;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Backups;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Rights;
using Pixyer.Domain.Uploads;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Persistence;

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
            builder.UseSetting("Pixyer:Jobs:GenerationInterval", "00:00:00");
            builder.UseSetting("Pixyer:Jobs:ErasureInterval", "00:00:00");
            // The physical-erasure tests run the export worker, the anonymization and the purges themselves.
            builder.UseSetting("Pixyer:Jobs:ExportInterval", "00:00:00");
            builder.UseSetting("Pixyer:Jobs:ExportPurgeInterval", "00:00:00");
            builder.UseSetting("Pixyer:Jobs:AbandonedWritePurgeInterval", "00:00:00");
            builder.UseSetting("Pixyer:Jobs:InactivityInterval", "00:00:00");
            builder.UseSetting("Pixyer:Jobs:AnonymizationInterval", "00:00:00");
            // The retention test runs these purges itself; a scheduled first run at start would race it.
            builder.UseSetting("Pixyer:Jobs:BackupPurgeInterval", "00:00:00");
            builder.UseSetting("Pixyer:Jobs:UnverifiedPurgeInterval", "00:00:00");
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
        await Expect.StatusAsync(registered, HttpStatusCode.Accepted);
        await Expect.StatusAsync(login, HttpStatusCode.OK);
        Assert.Equal(1, delivered.Sent);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "pixyer.db")));
        Assert.Single(Directory.GetFiles(Path.Combine(dataDirectory, "mail"), "*.eml"));
    }

    [Fact]
    [Trait("Obligation", "R3")]
    public async Task RetentionPurges_WithoutConnectionString_ShouldPurgeBackupsLedgerAndUnverifiedRegistrationsInTheSqliteFile()
    {
        using var client = app.CreateApiClient();
        var unverified = await RegisterAsync(client, "neververified");
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
            db.Backups.AddRange(
                Backup.Register("expired", now.AddDays(-30), now.AddDays(-1), now.AddDays(-30)),
                Backup.Register("kept", now.AddDays(-2), now.AddDays(30), now.AddDays(-2)));
            db.ErasureLedger.AddRange(
                ErasureLedgerEntry.Record(new AccountId(Guid.CreateVersion7()), ErasureReason.Deletion, now.AddDays(-40)),
                ErasureLedgerEntry.Record(new AccountId(Guid.CreateVersion7()), ErasureReason.Deletion, now.AddDays(-1)));
            await db.SaveChangesAsync();
            var id = unverified;
            await db.Accounts.Where(a => a.Id == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.CreatedAt, now.AddDays(-8)));
        }

        var system = app.Services.GetRequiredService<SystemCommands>();
        var backups = await system.SendAsync(new PurgeExpiredBackupsCommand(), CancellationToken.None);
        var registrations = await system.SendAsync(new PurgeUnverifiedRegistrationsCommand(), CancellationToken.None);

        Assert.Equal(new BackupPurgeReport(1, 1), backups);
        Assert.Equal(1, registrations);
        await using var check = app.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<PixyerDbContext>();
        var register = await new ListBackupsQueryHandler(checkDb).Handle(new ListBackupsQuery(new PageRequest()), CancellationToken.None);
        var kept = Assert.Single(register.Items);
        Assert.Equal(("kept", 2), (kept.Label, kept.ErasedSubjects)); // the erasure a day ago and the unverified registration
        var erased = await checkDb.Accounts.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == unverified);
        Assert.Equal((AccountStatus.Erased, ""), (erased.Status, erased.Email));
    }

    [Fact]
    [Trait("Obligation", "C9")]
    public async Task AccessLog_WithoutConnectionString_ShouldBeRecordedAndTruncatedInTheSqliteFile()
    {
        using var client = app.CreateApiClient();
        var account = await RegisterAsync(client, "logged");
        var login = await client.PostAsJsonAsync("/api/v1/sessions", new { email = "logged@example.com", password = ApiTest.GoodPassword });
        var session = (await login.Content.ReadFromJsonAsync<LoggedIn>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        await Expect.StatusAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
            db.AccessLog.Add(AccessLogEntry.Record(
                account, app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-31), "GET", "/api/v1/me", "203.0.113.77", "desktop", "Firefox", "Linux", "unknown", 200));
            await db.SaveChangesAsync();
        }

        var truncated = await app.Services.GetRequiredService<SystemCommands>().SendAsync(new TruncateAccessLogIpsCommand(), CancellationToken.None);

        Assert.Equal(1, truncated);
        await using var check = app.Services.CreateAsyncScope();
        var entries = await check.ServiceProvider.GetRequiredService<PixyerDbContext>().AccessLog.AsNoTracking().ToListAsync();
        Assert.Equal(
            [("/api/v1/me", "unknown", false), ("/api/v1/me", "203.0.113.0", true)],
            entries.OrderByDescending(e => e.OccurredAt).Select(e => (e.RouteTemplate, e.IpAddress, e.IpTruncated)));
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task GenerationWorker_WithoutConnectionString_ShouldClaimAndRenderFromTheSqliteFile()
    {
        using var client = app.CreateApiClient();
        var owner = await RegisterAsync(client, "maker");
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        using var photo = new MemoryStream(TestUploads.BottlePhoto(SkiaSharp.SKColors.SeaGreen));
        var stored = await app.Services.GetRequiredService<IFileStore>().SaveAsync(owner, "uploads", photo, CancellationToken.None);
        var upload = Upload.Accept(owner, "bottle.png", "image/png", 600, 900, stored.Length, stored.Sha256, stored.Key, stored.Key, now);
        var job = GenerationJob.Queue(owner, upload.Id, "surface_shadow", ["banner", "square"], null, now);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
            db.Uploads.Add(upload);
            db.GenerationJobs.Add(job);
            await db.SaveChangesAsync();
        }

        var taken = await app.Services.GetRequiredService<GenerationWorker>().RunAsync("sqlite-node", CancellationToken.None);

        Assert.Equal(1, taken);
        await using var check = app.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<PixyerDbContext>();
        Assert.Equal(GenerationStatus.Succeeded, (await checkDb.GenerationJobs.AsNoTracking().SingleAsync()).Status);
        Assert.Equal(
            [("banner", 1200, 628), ("square", 1080, 1080)],
            (await checkDb.Assets.AsNoTracking().ToListAsync()).Select(a => (a.Format, a.Width, a.Height)).Order());
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task Deletion_WithoutConnectionString_ShouldEraseAndCertifyACleanScanOfTheSqliteFile()
    {
        using var client = app.CreateApiClient();
        await RegisterAsync(client, "leaving");
        var login = await client.PostAsJsonAsync("/api/v1/sessions", new { email = "leaving@example.com", password = ApiTest.GoodPassword });
        var session = (await login.Content.ReadFromJsonAsync<LoggedIn>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        var requested = await client.PostAsJsonAsync("/api/v1/me/deletion-request", new { password = ApiTest.GoodPassword });
        await Expect.StatusAsync(requested, HttpStatusCode.Accepted);
        var id = (await requested.Content.ReadFromJsonAsync<DeletionRequestDto>())!.Id;
        var mail = await new Mailbox(app.Services, Path.Combine(dataDirectory, "mail")).DeliverAndReadLastAsync("leaving@example.com");

        await app.Services.GetRequiredService<ErasureWorker>().RunAsync("test-worker", CancellationToken.None);

        using var read = new HttpRequestMessage(HttpMethod.Get, DeletionLinks.Request(id));
        read.Headers.Add(DeletionLinks.TokenHeader, Regex.Match(mail.TextBody ?? "", @"Token:\s+(\S+)").Groups[1].Value);
        var done = (await (await client.SendAsync(read)).Content.ReadFromJsonAsync<DeletionRequestDto>())!;
        Assert.Equal("completed", done.Status);
        Assert.True(done.Certificate!.Clean, string.Join(", ", done.Certificate.Findings));
        await using var check = app.Services.CreateAsyncScope();
        var erased = await check.ServiceProvider.GetRequiredService<PixyerDbContext>().Accounts.IgnoreQueryFilters().AsNoTracking().SingleAsync();
        Assert.Equal((AccountStatus.Erased, ""), (erased.Status, erased.Email));
    }

    [Fact]
    [Trait("Obligation", "G2")]
    [Trait("Obligation", "G7")]
    public async Task Deletion_OfAnAccountWithEveryKindOfData_ShouldLeaveNoByteOfItInTheSqliteFileItsLogOrTheDataFolder()
    {
        var erased = await new ErasedAccountScenario(app, dataDirectory).RunAsync();

        Assert.Equal("completed", erased.Request.Status);
        Assert.True(erased.Request.Certificate!.Clean, string.Join(", ", erased.Request.Certificate.Findings));
        Assert.Contains(erased.Request.Certificate.Scanned, s => s.StartsWith("pixyer.db: ", StringComparison.Ordinal));
        Assert.Contains(erased.Request.Certificate.Scanned, s => s.StartsWith("pixyer.db-wal: ", StringComparison.Ordinal));
        Assert.True(new FileInfo(Path.Combine(dataDirectory, "pixyer.db")).Length > 0);
        Assert.Empty(RawBytes.FilesContaining(dataDirectory, erased.Values));
        Assert.NotNull(erased.ReadableBefore);
        Assert.Null(erased.ReadableAfter);
    }

    [Fact]
    [Trait("Obligation", "R2")]
    public async Task Anonymization_ShouldLeaveNoByteOfTheAccountInTheSqliteFileItsLogOrTheDataFolder()
    {
        using var client = app.CreateApiClient();
        var id = await RegisterAsync(client, "anonymizeme7x");
        await new Mailbox(app.Services, Path.Combine(dataDirectory, "mail")).DeliverAsync();
        var started = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddMonths(-Account.RetentionMonths - 1);
        await ErasedAccountScenario.WithDatabaseAsync(app.Services, db => db.Accounts.Where(a => a.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(a => a.Status, AccountStatus.Inactive)
            .SetProperty(a => a.RetentionClockStartedAt, started)));
        Assert.NotEmpty(RawBytes.FilesContaining(dataDirectory, "anonymizeme7x@example.com"));

        // The job's run: its batches, then one checkpoint of the log into the secure-delete file.
        var anonymized = await app.Services.GetRequiredService<ExpiredAccountsAnonymizer>().RunAsync(CancellationToken.None);

        Assert.Equal(1, anonymized);
        Assert.Empty(RawBytes.FilesContaining(dataDirectory, "anonymizeme7x@example.com", "anonymizeme7x"));
    }

    [Fact]
    [Trait("Obligation", "G2")]
    public async Task UnverifiedPurge_ShouldLeaveNoByteOfTheRegistrationInTheSqliteFileItsLogOrTheDataFolder()
    {
        using var client = app.CreateApiClient();
        var id = await RegisterAsync(client, "neverconfirm7x");
        await new Mailbox(app.Services, Path.Combine(dataDirectory, "mail")).DeliverAsync();
        var created = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-8);
        await ErasedAccountScenario.WithDatabaseAsync(app.Services, db => db.Accounts.Where(a => a.Id == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.CreatedAt, created)));
        Assert.NotEmpty(RawBytes.FilesContaining(dataDirectory, "neverconfirm7x@example.com"));

        var purged = await app.Services.GetRequiredService<SystemCommands>().SendAsync(new PurgeUnverifiedRegistrationsCommand(), CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Empty(RawBytes.FilesContaining(dataDirectory, "neverconfirm7x@example.com", "neverconfirm7x"));
    }

    private async Task<AccountId> RegisterAsync(HttpClient client, string username)
    {
        var registered = await client.PostAsJsonAsync(
            "/api/v1/accounts",
            new { username, email = $"{username}@example.com", password = ApiTest.GoodPassword, dateOfBirth = "1990-01-01", acceptedPolicyVersion = ApiTest.PolicyVersion });
        await Expect.StatusAsync(registered, HttpStatusCode.Accepted);
        return await RegisteredAccounts.IdOfAsync(app.Services, $"{username}@example.com");
    }
}
