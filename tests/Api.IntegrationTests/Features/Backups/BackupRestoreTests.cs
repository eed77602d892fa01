using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Features.Backups.ReplayErasures;
using Pixyer.Domain.Accounts;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Backups;

/// <summary>
/// Obligation R3: a restored backup brings erased people back; reporting the restore erases them again. The
/// restore is real: the database's tables are copied when the backup is taken and put back afterwards.
/// </summary>
public sealed class BackupRestoreTests(PixyerApiFactory app) : ApiTest(app)
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    [Fact]
    [Trait("Obligation", "R3")]
    [Trait("Obligation", "G2")]
    public async Task Restored_WhenAnOlderBackupIsRestored_ShouldEraseAgainWhoeverWasErasedSinceItWasTaken()
    {
        var admin = await SignUpAdminAsync();
        var erasedBefore = await SignUpAsync();
        await App.EraseAsync(erasedBefore.User.Id);
        App.Clock.Advance(TimeSpan.FromHours(2));
        var kept = await SignUpAsync();
        var erased = await SignUpAsync();
        await erased.UploadPhotoAsync(SKColors.Red);
        var (copy, backup) = await TakeBackupAsync(admin);
        await App.EraseAsync(erased.User.Id);

        await copy.RestoreAsync();
        await Expect.StatusAsync(await erased.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK); // the restore brought them back
        var erasedAgain = await admin.ReportRestoredAsync(backup);

        Assert.Equal(1, erasedAgain); // not the subject erased before the backup was taken
        await Expect.StatusAsync(await erased.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        await Expect.StatusAsync(await LogInRawAsync(erased.User), HttpStatusCode.Unauthorized);
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, erased.User.Id));
        Assert.Empty(await DatabaseScan.FindAsync(App, erased.User.Email));
        await Expect.StatusAsync(await kept.Client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        await LogInAsync(kept.User);
        var state = await admin.GetBackupAsync(backup);
        Assert.Equal(App.Clock.GetUtcNow(), state.GetProperty("restoredAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.NotEqual(JsonValueKind.Null, state.GetProperty("replayCompletedAt").ValueKind);
        Assert.Equal(1, state.GetProperty("erasedSubjects").GetInt32());
    }

    [Fact]
    [Trait("Obligation", "R3")]
    public async Task Restored_WhenReportedAgain_ShouldReplayAgainWithoutHarm()
    {
        var admin = await SignUpAdminAsync();
        var erased = await SignUpAsync();
        var (copy, backup) = await TakeBackupAsync(admin);
        await App.EraseAsync(erased.User.Id);
        await copy.RestoreAsync();

        var first = await admin.ReportRestoredAsync(backup);
        var second = await admin.ReportRestoredAsync(backup);

        Assert.Equal((1, 1), (first, second));
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, erased.User.Id));
        var subject = new AccountId(erased.User.Id);
        Assert.Equal(1, await WithDatabaseAsync(db => db.ErasureLedger.CountAsync(e => e.SubjectId == subject)));
    }

    [Fact]
    [Trait("Obligation", "R3")]
    public async Task Restored_WhenTheLedgerHoldsMoreThanOneBatch_ShouldEraseAgainEveryOne()
    {
        var admin = await SignUpAdminAsync();
        var last = await SignUpAsync();
        var (copy, backup) = await TakeBackupAsync(admin);
        var earlier = ReplayErasuresCommand.BatchSize + 100;
        await App.RecordErasuresAsync(App.Clock.GetUtcNow(), earlier);
        await App.EraseAsync(last.User.Id); // the last ledger entry: found only by a later batch

        await copy.RestoreAsync();
        var erasedAgain = await admin.ReportRestoredAsync(backup);

        Assert.Equal(earlier + 1, erasedAgain);
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, last.User.Id));
        await Expect.StatusAsync(await last.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Obligation", "R3")]
    public async Task Restored_WhenTheNewerOfTwoBackupsIsRestored_ShouldReplayOnlyTheErasuresSinceIt()
    {
        var admin = await SignUpAdminAsync();
        var erasedBetween = await SignUpAsync();
        var erasedAfter = await SignUpAsync();
        var older = await admin.RegisterBackupAsync(App.Clock.GetUtcNow(), Month, "nightly-1");
        App.Clock.Advance(TimeSpan.FromHours(2));
        await App.EraseAsync(erasedBetween.User.Id);
        App.Clock.Advance(TimeSpan.FromHours(2));
        var (copy, newer) = await TakeBackupAsync(admin, "nightly-2");
        await App.EraseAsync(erasedAfter.User.Id);

        var register = await admin.Client.GetFromJsonAsync<JsonElement>(BackupApi.Path);
        await copy.RestoreAsync();
        var erasedAgain = await admin.ReportRestoredAsync(newer);

        Assert.Equal(
            new[] { (newer, 1), (older, 2) },
            register.GetProperty("items").EnumerateArray().Select(b => (b.GetProperty("id").GetGuid(), b.GetProperty("erasedSubjects").GetInt32())));
        Assert.Equal(1, erasedAgain);
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, erasedAfter.User.Id));
        Assert.Empty(await PersonalDataRegistry.FindRemainingAsync(App.Services, erasedBetween.User.Id));
    }

    [Fact]
    [Trait("Obligation", "R3")]
    public async Task Restored_WhenTheBackupExpiredOrIsUnknown_ShouldRefuse()
    {
        var admin = await SignUpAdminAsync();
        var backup = await admin.RegisterBackupAsync(App.Clock.GetUtcNow(), TimeSpan.FromDays(7));
        App.Clock.Advance(TimeSpan.FromDays(8));

        await Expect.ProblemAsync(
            await admin.Client.PostAsync($"{BackupApi.Path}/{backup}/restored", null), HttpStatusCode.UnprocessableEntity, "backup-expired");
        await Expect.ProblemAsync(
            await admin.Client.PostAsync($"{BackupApi.Path}/{Guid.NewGuid()}/restored", null), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.GetAsync($"{BackupApi.Path}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(JsonValueKind.Null, (await admin.GetBackupAsync(backup)).GetProperty("restoredAt").ValueKind);
    }

    private async Task<HttpResponseMessage> LogInRawAsync(TestUser user) =>
        await Client.PostAsJsonAsync("/api/v1/sessions", new { email = user.Email, password = user.Password });

    /// <summary>Copies the database, registers the copy as a backup taken now, and lets two hours pass.</summary>
    private async Task<(DatabaseBackup Copy, Guid Id)> TakeBackupAsync(SignedIn admin, string label = "nightly")
    {
        var copy = await DatabaseBackup.TakeAsync(App);
        var id = await admin.RegisterBackupAsync(App.Clock.GetUtcNow(), Month, label);
        App.Clock.Advance(TimeSpan.FromHours(2));
        return (copy, id);
    }
}
