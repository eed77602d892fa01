using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Features.Generations;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Assets;
using Pixyer.Application.Features.Exports;
using Pixyer.Application.Features.Exports.BuildExportArchive;
using Pixyer.Application.Features.Exports.ClaimExport;
using Pixyer.Application.Features.Exports.CompleteExport;
using Pixyer.Application.Features.Exports.PurgeExpiredExports;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Jobs;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Features.Exports;

/// <summary>Obligation G3: a person takes a copy of all their data away, as a ZIP archive built in the background.</summary>
public sealed class ExportTests(PixyerApiFactory app) : ExportTest(app)
{
    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Export_OfAUserWithEveryKindOfData_ShouldContainEverySourcesDataAndTheOriginalFilesAndNothingOfAnother()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        await RequestAcceptedAsync(me, upload, "studio", ["square"]);
        await other.UploadPhotoAsync(new SKColor(0x1E, 0x88, 0xE5));
        await RunWorkerAsync();
        await Expect.StatusAsync(await me.Client.PutAsJsonAsync("/api/v1/me/consents/model_improvement", new { granted = true }), HttpStatusCode.OK);
        var asset = (await me.Client.GetFromJsonAsync<Paged<AssetDto>>("/api/v1/assets"))!.Items.Single();

        var export = await RequestExportAsync(me);
        Assert.Equal(("queued", 0), await StatusOfAsync(me, export));
        await RunExportWorkerAsync();

        var state = await me.Client.GetFromJsonAsync<ExportState>($"/api/v1/me/exports/{export}");
        Assert.Equal(("ready", 100), (state!.Status, state.Progress));
        Assert.Equal(App.Clock.GetUtcNow().AddDays(7), state.ExpiresAt!.Value, TimeSpan.FromMilliseconds(1));
        var download = await me.Client.GetAsync(state.DownloadUrl);
        await Expect.StatusAsync(download, HttpStatusCode.OK);
        Assert.Equal("application/zip", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(state.Size, bytes.Length);
        var entries = Unzip(bytes);

        using var manifest = JsonDocument.Parse(entries["manifest.json"]);
        var categories = manifest.RootElement.GetProperty("categories").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(1, manifest.RootElement.GetProperty("formatVersion").GetInt32());
        Assert.Equal(me.User.Id, manifest.RootElement.GetProperty("subjectId").GetGuid());
        Assert.Equal(2, manifest.RootElement.GetProperty("files").GetInt32());
        Assert.Equal(PersonalDataRegistry.Categories(App.Services).Order(), categories.Keys.Order());
        Assert.All(categories.Keys, c => Assert.Contains($"data/{c}.json", entries.Keys));
        Assert.Equal((1, 1), (categories["uploads"], categories["assets"]));
        Assert.True(categories["sessions"] >= 1 && categories["consents"] >= 1 && categories["access-log"] >= 1);
        Assert.Contains("data/sessions.json", Encoding.UTF8.GetString(entries["README.txt"]), StringComparison.Ordinal);
        Assert.Equal(await me.Client.GetByteArrayAsync($"/api/v1/uploads/{upload}/content"), entries[$"uploads/{upload}.png"]);
        Assert.Equal(await me.Client.GetByteArrayAsync($"/api/v1/assets/{asset.Id}/content"), entries[$"assets/{asset.Id}.jpg"]);
        var text = string.Join('\n', entries.Where(e => e.Key.EndsWith(".json", StringComparison.Ordinal)).Select(e => Encoding.UTF8.GetString(e.Value)));
        Assert.Contains(me.User.Email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.User.Email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.User.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.User.Username, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task RequestExport_WhileOneIsQueued_ShouldAnswer409_AndAfterItIsReady_ShouldAcceptAnother()
    {
        var me = await SignUpAsync();
        await RequestExportAsync(me);

        await Expect.ProblemAsync(await me.Client.PostAsync("/api/v1/me/exports", null), HttpStatusCode.Conflict, "conflict");

        await RunExportWorkerAsync();
        await RequestExportAsync(me);
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task GetAndDownloadExport_OfAnotherUser_ShouldAnswer404()
    {
        var me = await SignUpAsync();
        var other = await SignUpAsync();
        var export = await RequestExportAsync(me);
        await RunExportWorkerAsync();

        await Expect.StatusAsync(await other.Client.GetAsync($"/api/v1/me/exports/{export}"), HttpStatusCode.NotFound);
        await Expect.StatusAsync(await other.Client.GetAsync($"/api/v1/me/exports/{export}/download"), HttpStatusCode.NotFound);
        await Expect.StatusAsync(await Client.GetAsync($"/api/v1/me/exports/{export}/download"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task ExportReady_ShouldMailTheOwnerTheDownloadLink()
    {
        var me = await SignUpAsync();
        var export = await RequestExportAsync(me);
        await RunExportWorkerAsync();

        var mail = await Mailbox.DeliverAndReadLastAsync(me.User.Email);

        Assert.Equal("Your Pixyer data export is ready", mail.Subject);
        Assert.Contains($"/api/v1/me/exports/{export}/download", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task DownloadExport_SevenDaysAfterItWasReady_ShouldAnswer410_AndThePurgeShouldDeleteTheArchive()
    {
        var me = await SignUpAsync();
        var export = await RequestExportAsync(me);
        await RunExportWorkerAsync();
        Assert.Single(await ArchivesOfAsync(me));

        App.Clock.Advance(TimeSpan.FromDays(7));
        await Expect.ProblemAsync(await me.Client.GetAsync($"/api/v1/me/exports/{export}/download"), HttpStatusCode.Gone, "export-expired");
        Assert.Equal(("expired", 100), await StatusOfAsync(me, export));
        var purged = await App.Services.GetRequiredService<SystemCommands>().SendAsync(new PurgeExpiredExportsCommand(), CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Empty(await ArchivesOfAsync(me));
        Assert.Equal(("expired", 100), await StatusOfAsync(me, export));
        await Expect.ProblemAsync(await me.Client.GetAsync($"/api/v1/me/exports/{export}/download"), HttpStatusCode.Gone, "export-expired");
    }

    [Fact]
    [Trait("Obligation", "G3")]
    public async Task Export_WhenItsWorkerStoppedAndAnotherTookOver_ShouldBeBuiltAgainAndTheStaleArchiveDeleted()
    {
        var me = await SignUpAsync();
        var export = await RequestExportAsync(me);
        var system = App.Services.GetRequiredService<SystemCommands>();
        var stale = (await system.SendAsync(new ClaimExportCommand("stale-node", TimeSpan.FromMinutes(1)), CancellationToken.None))!;
        var staleArchive = await system.SendAsync(new BuildExportArchiveCommand(export, stale.Attempt), CancellationToken.None);
        Assert.InRange((await StatusOfAsync(me, export)).Progress, 1, 99);

        // Progress renewed the stale worker's lease for the configured 30 seconds; then it is presumed dead.
        App.Clock.Advance(TimeSpan.FromSeconds(31));
        var fresh = (await system.SendAsync(new ClaimExportCommand("fresh-node", TimeSpan.FromMinutes(1)), CancellationToken.None))!;
        await Assert.ThrowsAsync<ConflictException>(() =>
            system.SendAsync(new CompleteExportCommand(export, stale.Attempt, staleArchive.Key, staleArchive.Length), CancellationToken.None));

        Assert.Equal((export, 2), (fresh.ExportId, fresh.Attempt));
        Assert.Empty(await ArchivesOfAsync(me));
        Assert.Equal(("running", 0), await StatusOfAsync(me, export));
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunExportWorkerAsync();
        Assert.Equal(("ready", 100), await StatusOfAsync(me, export));
        Assert.Single(await ArchivesOfAsync(me));
    }

    [PostgreSqlFact("a claim skips the rows another transaction holds")]
    [Trait("Obligation", "G3")]
    [Trait("Obligation", "C3")]
    public async Task Claim_WhenAnotherWorkerHoldsTheOldestExport_ShouldTakeTheNextWithoutWaiting()
    {
        var first = await RequestExportAsync(await SignUpAsync());
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await RequestExportAsync(await SignUpAsync());
        await using var otherWorker = await App.Database.OpenAsync();
        await using var transaction = await otherWorker.BeginTransactionAsync();
        await using (var hold = otherWorker.CreateCommand())
        {
            hold.Transaction = transaction;
            hold.CommandText = $"SELECT id FROM data_exports WHERE id = '{first}' FOR UPDATE";
            Assert.NotNull(await hold.ExecuteScalarAsync());
        }

        var system = App.Services.GetRequiredService<SystemCommands>();
        var claim = await system.SendAsync(new ClaimExportCommand("node-b", TimeSpan.FromMinutes(1)), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));
        var none = await system.SendAsync(new ClaimExportCommand("node-b", TimeSpan.FromMinutes(1)), CancellationToken.None);
        await transaction.RollbackAsync();
        var afterRelease = await system.SendAsync(new ClaimExportCommand("node-b", TimeSpan.FromMinutes(1)), CancellationToken.None);

        Assert.Equal((second, 1), (claim!.ExportId, claim.Attempt));
        Assert.Null(none);
        Assert.Equal((first, 1), (afterRelease!.ExportId, afterRelease.Attempt));
    }

    private static async Task<(string Status, int Progress)> StatusOfAsync(SignedIn user, Guid export)
    {
        var state = await user.Client.GetFromJsonAsync<ExportState>($"/api/v1/me/exports/{export}");
        return (state!.Status, state.Progress);
    }

    private async Task<List<string>> ArchivesOfAsync(SignedIn user) =>
        (await App.Services.GetRequiredService<IFileStore>().ListAsync(new AccountId(user.User.Id), CancellationToken.None))
        .Where(k => k.Contains("/exports/", StringComparison.Ordinal))
        .ToList();
}
