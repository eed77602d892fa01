using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Backups.PurgeExpiredBackups;
using Pixyer.Infrastructure.Jobs;

namespace Pixyer.Api.IntegrationTests.Features.Backups;

/// <summary>
/// Obligation R3, isolated data: backups leave the register when they expire, and the erasure ledger keeps what a
/// restore could still need: everything since the oldest unexpired backup was taken, and at least the maximum
/// backup age (35 days), for a backup registered late.
/// </summary>
public sealed class BackupExpiryTests(PixyerApiFactory app) : ApiTest(app)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    [Trait("Obligation", "R3")]
    public async Task PurgeJob_WhenBackupsExpire_ShouldDropThemAndPruneTheLedgerEntriesNoBackupNeeds()
    {
        var admin = await SignUpAdminAsync();
        var start = App.Clock.GetUtcNow();
        var shortLived = await admin.RegisterBackupAsync(start - 20 * Day, 25 * Day, "daily");
        var longLived = await admin.RegisterBackupAsync(start - 2 * Day, 62 * Day, "monthly");
        await App.RecordErasuresAsync(start - 60 * Day);
        var beforeLongLived = (await App.RecordErasuresAsync(start - 25 * Day))[0];
        var inLongLived = (await App.RecordErasuresAsync(start - Day))[0];

        App.Clock.Advance(10 * Day);
        var first = await PurgeAsync();
        var afterFirst = await LedgerAsync();
        App.Clock.Advance(30 * Day);
        var second = await PurgeAsync();
        var afterSecond = await LedgerAsync();
        var longLivedState = await (await AgainAsync(admin)).GetBackupAsync(longLived);
        App.Clock.Advance(21 * Day);
        var third = await PurgeAsync();

        Assert.Equal(new BackupPurgeReport(1, 1), first); // "daily" expired; only the 60-day-old erasure is past both bounds
        Assert.Equal([beforeLongLived, inLongLived], afterFirst);
        Assert.Equal(new BackupPurgeReport(0, 1), second); // past 35 days and before "monthly" was taken
        Assert.Equal([inLongLived], afterSecond); // older than 35 days, but "monthly" still holds that subject
        Assert.Equal(1, longLivedState.GetProperty("erasedSubjects").GetInt32());
        Assert.Equal(new BackupPurgeReport(1, 1), third);
        Assert.Empty(await LedgerAsync());
        var client = (await AgainAsync(admin)).Client;
        await Expect.ProblemAsync(await client.GetAsync($"{BackupApi.Path}/{shortLived}"), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>(BackupApi.Path)).GetProperty("total").GetInt32());
        Assert.Equal(3, await WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.RequestName == nameof(PurgeExpiredBackupsCommand))));
    }

    [Fact]
    [Trait("Obligation", "R3")]
    public async Task PurgeJob_WhenNoBackupIsRegistered_ShouldKeepTheLast35DaysOfErasures()
    {
        await SignUpAdminAsync();
        var now = App.Clock.GetUtcNow();
        await App.RecordErasuresAsync(now - 36 * Day);
        var recent = (await App.RecordErasuresAsync(now - 34 * Day))[0];

        var report = await PurgeAsync();

        Assert.Equal(new BackupPurgeReport(0, 1), report);
        Assert.Equal([recent], await LedgerAsync());
    }

    [Fact]
    [Trait("Obligation", "R3")]
    [Trait("Obligation", "P1")]
    public async Task Jobs_ShouldListTheBackupAndUnverifiedPurgesAndRunThemWhenTriggered()
    {
        var admin = await SignUpAdminAsync();

        var jobs = await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs");
        var triggered = await admin.Client.PostAsync("/api/v1/admin/jobs/purge-expired-backups/runs", null);

        foreach (var key in new[] { "purge-expired-backups", "purge-unverified-registrations" })
        {
            var job = jobs.EnumerateArray().Single(j => j.GetProperty("key").GetString() == key);
            Assert.False(string.IsNullOrWhiteSpace(job.GetProperty("description").GetString()));
        }

        await Expect.StatusAsync(triggered, HttpStatusCode.Accepted);
        await Eventually.TrueAsync(async () =>
            (await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs")).EnumerateArray()
            .Single(j => j.GetProperty("key").GetString() == "purge-expired-backups")
            .GetProperty("lastRun") is { ValueKind: JsonValueKind.Object } run && run.GetProperty("outcome").GetString() == "succeeded");
    }

    /// <summary>A fresh session for <paramref name="staff"/>, whose own has expired while the clock moved on.</summary>
    private async Task<SignedIn> AgainAsync(SignedIn staff)
    {
        var session = await LogInAsync(staff.User);
        return staff with { Session = session, Client = BearerClient(session.Token) };
    }

    private Task<BackupPurgeReport> PurgeAsync() =>
        App.Services.GetRequiredService<SystemCommands>().SendAsync(new PurgeExpiredBackupsCommand(), CancellationToken.None);

    private Task<List<Guid>> LedgerAsync() =>
        WithDatabaseAsync(db => db.ErasureLedger.OrderBy(e => e.ErasedAt).Select(e => e.SubjectId.Value).ToListAsync());
}
