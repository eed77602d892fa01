using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Processing;
using Pixyer.Domain.Uploads;
using Pixyer.Infrastructure;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

public sealed class GenerationWorkerTests(PixyerApiFactory app) : GenerationTest(app)
{
    private TimeSpan Lease => App.Services.GetRequiredService<IOptions<InfrastructureOptions>>().Value.Jobs.GenerationLease;

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Worker_WhenItDiesAfterTheFirstFormat_ShouldBeResumedOnceItsLeaseRunsOutWithOneAssetPerFormat()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        using var death = new CancellationTokenSource();
        await using var dyingNode = App.WithGenerator(new DyingGenerator(death));
        var id = await RequestAcceptedAsync(me, upload, "surface_shadow", ["square", "story"]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunWorkerAsync("dying-node", dyingNode.Services, death.Token));

        var halfway = await GetGenerationAsync(me, id);
        Assert.Equal(("running", 50), (halfway.Status, halfway.Progress));
        var first = Assert.Single(halfway.AssetIds);
        Assert.Equal(0, await RunWorkerAsync("other-node"));
        Assert.Equal(("running", null), await StatusAsync(me, id));

        App.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await RunWorkerAsync("other-node"));

        var done = await GetGenerationAsync(me, id);
        Assert.Equal(("succeeded", 100), (done.Status, done.Progress));
        Assert.Equal(2, done.AssetIds.Count);
        Assert.Equal(first, done.AssetIds[0]);
        var job = await WithDatabaseAsync(db => db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == new GenerationJobId(id)));
        Assert.Equal(2, job.Attempts);
        var formats = await WithDatabaseAsync(db => db.Assets.Where(a => a.GenerationJobId == new GenerationJobId(id)).Select(a => a.Format).ToListAsync());
        Assert.Equal(["square", "story"], formats.Order());
        using var story = await DownloadAsync(me, done.AssetIds[1]);
        Assert.Equal((1080, 1920), (story.Width, story.Height));
        Assert.Equal(2, await AssetFileCountAsync(me));
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Workers_WhenTwoRunAtOnce_ShouldRenderEveryJobOnceWithOneAssetPerFormat()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var jobs = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            jobs.Add(await RequestAcceptedAsync(me, upload, "gradient", ["square", "banner"]));
        }

        var taken = await Task.WhenAll(Task.Run(() => RunWorkerAsync("node-a")), Task.Run(() => RunWorkerAsync("node-b")));

        Assert.Equal(4, taken.Sum());
        var rows = await WithDatabaseAsync(db => db.GenerationJobs.AsNoTracking().ToListAsync());
        Assert.All(rows, j => Assert.Equal((GenerationStatus.Succeeded, 1), (j.Status, j.Attempts)));
        var assets = await WithDatabaseAsync(db => db.Assets.AsNoTracking().Select(a => new { a.GenerationJobId, a.Format }).ToListAsync());
        Assert.Equal(8, assets.Count);
        Assert.All(jobs, job => Assert.Equal(["banner", "square"], assets.Where(a => a.GenerationJobId.Value == job).Select(a => a.Format).Order()));
        Assert.Equal(8, await AssetFileCountAsync(me));
    }

    [PostgreSqlFact("row locks that a claim skips (FOR UPDATE SKIP LOCKED); SQLite has one writer at a time")]
    [Trait("Obligation", "C3")]
    public async Task Worker_WhenAnotherNodeHoldsAJobLocked_ShouldSkipItAndRenderTheOthersWithoutWaiting()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var held = await RequestAcceptedAsync(me, upload);
        var free = await RequestAcceptedAsync(me, upload);
        await using var otherNode = await App.Database.OpenAsync();
        await using var claim = await otherNode.BeginTransactionAsync();
        await using (var lockRow = otherNode.CreateCommand())
        {
            lockRow.CommandText = $"SELECT id FROM generation_jobs WHERE id = '{held}' FOR UPDATE";
            await lockRow.ExecuteScalarAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var taken = await RunWorkerAsync("node-b", cancellationToken: patience.Token);

        Assert.Equal(1, taken);
        Assert.Equal(("queued", "succeeded"), ((await StatusAsync(me, held)).Status, (await StatusAsync(me, free)).Status));
        await claim.RollbackAsync();
        Assert.Equal(1, await RunWorkerAsync("node-b"));
        Assert.Equal("succeeded", (await StatusAsync(me, held)).Status);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Worker_WhenTheUploadWasDeleted_ShouldFailTheJobWithThatReason()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var id = await RequestAcceptedAsync(me, upload);
        await WithDatabaseAsync(db => db.Uploads.Where(u => u.Id == new UploadId(upload)).ExecuteDeleteAsync());

        Assert.Equal(1, await RunWorkerAsync());

        var state = await GetGenerationAsync(me, id);
        Assert.Equal(("failed", "upload_deleted", (Guid?)null), (state.Status, state.FailureReason, state.UploadId));
        Assert.Empty(state.AssetIds);
        Assert.NotNull(state.CompletedAt);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Worker_WhenTheUploadCannotBeRendered_ShouldRetryLaterThenFailWithThatReason()
    {
        var me = await SignUpAsync();
        var upload = await App.StoreUnreadableUploadAsync(me);
        var id = await RequestAcceptedAsync(me, upload);

        Assert.Equal(1, await RunWorkerAsync());
        Assert.Equal(("queued", null), await StatusAsync(me, id));
        Assert.Equal(0, await RunWorkerAsync());
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await RunWorkerAsync());
        Assert.Equal(("queued", null), await StatusAsync(me, id));
        App.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await RunWorkerAsync());

        Assert.Equal(("failed", "rendering_failed"), await StatusAsync(me, id));
        Assert.Equal(GenerationJob.MaxAttempts, await WithDatabaseAsync(db => db.GenerationJobs.Where(j => j.Id == new GenerationJobId(id)).Select(j => j.Attempts).SingleAsync()));
        Assert.Equal(0, await AssetFileCountAsync(me));
    }

    [Fact]
    [Trait("Obligation", "U2")]
    [Trait("Obligation", "S1")]
    public async Task Worker_WhenTheGeneratorSendsThePhotoOut_ShouldRecordADisclosureForEachCall()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var recipient = await WithDatabaseAsync(async db =>
        {
            var registered = Recipient.Register(
                "test-image-models", "Test image models", RecipientCategory.LargeModelProviders, "US", new DateOnly(2026, 1, 1), "standard contractual clauses", App.Clock.GetUtcNow());
            db.Recipients.Add(registered);
            await db.SaveChangesAsync();
            return registered.Id;
        });
        await using var node = App.WithGenerator(new DisclosingGenerator("test-image-models"));
        var id = await RequestAcceptedAsync(me, upload, "studio", ["square", "banner"]);

        Assert.Equal(1, await RunWorkerAsync(services: node.Services));

        Assert.Equal("succeeded", (await GetGenerationAsync(me, id)).Status);
        var disclosures = await WithDatabaseAsync(db => db.Disclosures.AsNoTracking().ToListAsync());
        Assert.Equal(2, disclosures.Count);
        Assert.All(disclosures, d => Assert.Equal(
            (new AccountId(me.User.Id), recipient, ProcessingPurpose.ServiceProvision, LegalBasis.Contract, DataCategory.Uploads),
            (d.SubjectId, d.RecipientId, d.Purpose, d.LegalBasis, Assert.Single(d.DataCategories))));
        Assert.Equal([$"generation:{id}:banner", $"generation:{id}:square"], disclosures.Select(d => d.Reference).Order());
    }

    [Fact]
    [Trait("Obligation", "S1")]
    public async Task Worker_WhenTheDisclosureIsRefused_ShouldNeitherSendThePhotoNorStoreAnAsset()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var generator = new DisclosingGenerator("unregistered-provider");
        await using var node = App.WithGenerator(generator);
        var id = await RequestAcceptedAsync(me, upload);

        Assert.Equal(1, await RunWorkerAsync(services: node.Services));

        Assert.Equal(("queued", null), await StatusAsync(me, id));
        Assert.Equal(0, await WithDatabaseAsync(db => db.Assets.CountAsync()));
        Assert.Equal(0, await WithDatabaseAsync(db => db.Disclosures.CountAsync()));
        Assert.Equal(0, await AssetFileCountAsync(me));
        Assert.Equal(0, generator.Calls);
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Worker_WhenNothingIsDue_ShouldTakeNothingAndAuditNothing()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        await RequestAcceptedAsync(me, upload);
        await RunWorkerAsync();
        var audited = await WithDatabaseAsync(db => db.AuditEntries.CountAsync());

        Assert.Equal(0, await RunWorkerAsync());

        Assert.Equal(audited, await WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    private static async Task<(string Status, string? Reason)> StatusAsync(SignedIn user, Guid id)
    {
        var state = await GetGenerationAsync(user, id);
        return (state.Status, state.FailureReason);
    }

    /// <summary>The files of the owner's group in the file store that are assets.</summary>
    private async Task<int> AssetFileCountAsync(SignedIn owner)
    {
        var keys = await App.Services.GetRequiredService<IFileStore>().ListAsync(new AccountId(owner.User.Id), CancellationToken.None);
        return keys.Count(k => k.Contains("/assets/", StringComparison.Ordinal));
    }
}
