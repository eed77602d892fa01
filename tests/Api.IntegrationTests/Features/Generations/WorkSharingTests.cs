using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Generation;
using Pixyer.Domain.Generation;
using Pixyer.Infrastructure.Jobs;
using Xunit.Abstractions;

namespace Pixyer.Api.IntegrationTests.Features.Generations;

/// <summary>
/// Obligation C3 across nodes: every node runs workers of its own that claim queued jobs one at a time, renew their
/// lease while they work, and resume the job of a node that died once its lease has run out.
/// </summary>
public sealed class WorkSharingTests(PixyerApiFactory app, ITestOutputHelper output) : GenerationTest(app)
{
    private static readonly TimeSpan ShortLease = TimeSpan.FromSeconds(2);

    [PostgreSqlFact("nodes that share one database; the embedded SQLite default is a single node")]
    [Trait("Obligation", "C3")]
    public async Task TwoNodes_WhenAHundredJobsAreQueued_ShouldEachRenderAShareAndNoJobTwice()
    {
        var jobs = new List<Guid>();
        for (var person = 0; person < 5; person++)
        {
            // Twenty each: the generations the free plan includes per period.
            var someone = await SignUpAsync();
            var upload = await someone.UploadPhotoAsync(BottleRed);
            for (var i = 0; i < 20; i++)
            {
                jobs.Add(await RequestAcceptedAsync(someone, upload, "gradient", ["square"]));
            }
        }

        await using var nodeA = Node("node-a", workers: 2);
        await using var nodeB = Node("node-b", workers: 2);
        _ = (nodeA.Services, nodeB.Services);

        await UntilAsync(TimeSpan.FromMinutes(3), async () => await WithDatabaseAsync(db => db.GenerationJobs.CountAsync(j => j.Status == GenerationStatus.Succeeded)) == 100);

        var byNode = await WithDatabaseAsync(db => db.GenerationJobs.AsNoTracking().GroupBy(j => j.ClaimedBy).Select(g => new { Node = g.Key, Count = g.Count() }).ToListAsync());
        var shares = byNode.ToDictionary(n => n.Node ?? "", n => n.Count);
        output.WriteLine(string.Join(", ", shares.Select(s => $"{s.Key}: {s.Value}")));
        Assert.Equal(100, shares.Values.Sum());
        Assert.InRange(shares.GetValueOrDefault(NodeId(nodeA)), 25, 75);
        Assert.InRange(shares.GetValueOrDefault(NodeId(nodeB)), 25, 75);
        Assert.Equal(100, await WithDatabaseAsync(db => db.GenerationJobs.CountAsync(j => j.Attempts == 1)));
        var assets = await WithDatabaseAsync(db => db.Assets.AsNoTracking().Select(a => new { a.GenerationJobId, a.Format }).ToListAsync());
        Assert.Equal(100, assets.Count);
        Assert.Equal(jobs.Order(), assets.Select(a => a.GenerationJobId.Value).Distinct().Order());
    }

    [PostgreSqlFact("nodes that share one database; the embedded SQLite default is a single node")]
    [Trait("Obligation", "C3")]
    public async Task Node_WhenKilledMidJob_ShouldHaveItsJobResumedByAnotherNodeOnceItsLeaseRunsOut()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var id = await RequestAcceptedAsync(me, upload, "surface_shadow", ["square", "story"]);
        using var death = new CancellationTokenSource();
        await using var dying = Node("node-dying", workers: 0, new DyingGenerator(death));

        // The worker's token is its process: cancelled mid-job, it stops rendering and renewing, as kill -9 would.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            dying.Services.GetRequiredService<GenerationWorker>().RunAsync(NodeId(dying), death.Token));
        var killedAt = Stopwatch.StartNew();
        Assert.Equal(("running", 50), await ProgressAsync(me, id));

        await using var survivor = Node("node-survivor", workers: 1);
        _ = survivor.Services;
        await UntilAsync(TimeSpan.FromSeconds(60), async () => (await ProgressAsync(me, id)).Status == "succeeded", tickClock: true);

        Assert.InRange(killedAt.Elapsed, ShortLease, TimeSpan.FromSeconds(60));
        var job = await WithDatabaseAsync(db => db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == new GenerationJobId(id)));
        Assert.Equal((2, NodeId(survivor)), (job.Attempts, job.ClaimedBy));
        var formats = await WithDatabaseAsync(db => db.Assets.Where(a => a.GenerationJobId == new GenerationJobId(id)).Select(a => a.Format).ToListAsync());
        Assert.Equal(["square", "story"], formats.Order());
    }

    [Fact]
    [Trait("Obligation", "C3")]
    public async Task Worker_WhileOneFormatTakesLongerThanItsLease_ShouldRenewItSoThatNoOtherWorkerTakesTheJob()
    {
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var id = await RequestAcceptedAsync(me, upload);
        var generator = new GatedGenerator();
        await using var slow = Node("node-slow", workers: 0, generator);
        var working = slow.Services.GetRequiredService<GenerationWorker>().RunAsync(NodeId(slow), CancellationToken.None);
        await generator.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        // Three leases pass on the clock while the format renders; the worker's heartbeats keep the job its own.
        await TickClockAsync(ShortLease * 3);
        Assert.Equal(0, await RunWorkerAsync("other-node"));

        generator.Open();
        Assert.Equal(1, await working);
        var job = await WithDatabaseAsync(db => db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == new GenerationJobId(id)));
        Assert.Equal((GenerationStatus.Succeeded, 1, NodeId(slow)), (job.Status, job.Attempts, job.ClaimedBy));
    }

    [Fact]
    [Trait("Obligation", "C3")]
    [Trait("Obligation", "P1")]
    public async Task Workers_WhenWokenOnANodeThatDoesNotPoll_ShouldRenderTheQueueAndStaffSeeEachJobWithTheNodeThatRenderedIt()
    {
        var admin = await SignUpAdminAsync();
        var me = await SignUpAsync();
        var upload = await me.UploadPhotoAsync(BottleRed);
        var first = await RequestAcceptedAsync(me, upload);
        await using var node = Node("node-woken", workers: 1, interval: TimeSpan.Zero);
        _ = node.Services;

        // A worker looks at the queue once as it starts; then, without an interval, only when woken.
        await UntilAsync(TimeSpan.FromSeconds(30), async () => (await ProgressAsync(me, first)).Status == "succeeded");
        await Task.Delay(TimeSpan.FromSeconds(1));
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var id = await RequestAcceptedAsync(me, upload);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal("queued", (await ProgressAsync(me, id)).Status);

        // What the generation-worker job does on the node it fires on (staff run it at /admin/jobs/generation-worker/runs).
        node.Services.GetRequiredService<WorkerWakeups>().Wake(WorkKind.Generation);

        await UntilAsync(TimeSpan.FromSeconds(30), async () => (await ProgressAsync(me, id)).Status == "succeeded");
        var items = await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/jobs/generation-worker/items?pageSize=10");
        Assert.Equal(2, items.GetProperty("total").GetInt32());
        var item = items.GetProperty("items")[0];
        Assert.Equal(
            (id, "succeeded", 1, NodeId(node)),
            (item.GetProperty("id").GetGuid(), item.GetProperty("status").GetString(), item.GetProperty("attempts").GetInt32(), item.GetProperty("node").GetString()));
        await Expect.ProblemAsync(await me.Client.GetAsync("/api/v1/admin/jobs/generation-worker/items"), HttpStatusCode.Forbidden, "forbidden");
        await Expect.ProblemAsync(await admin.Client.GetAsync("/api/v1/admin/jobs/outbox-delivery/items"), HttpStatusCode.NotFound, "not-found");
        await Expect.ProblemAsync(await admin.Client.GetAsync("/api/v1/admin/jobs/generation-worker/items?pageSize=101"), HttpStatusCode.BadRequest, "validation");
    }

    /// <summary>
    /// A node on the same database and clock with <paramref name="workers"/> generation workers of its own that look at
    /// the queue every <paramref name="interval"/> (default 100 ms), and a short lease.
    /// </summary>
    private WebApplicationFactory<Program> Node(string name, int workers, IImageGenerator? generator = null, TimeSpan? interval = null) =>
        App.WithSettings(new()
        {
            ["Pixyer:Jobs:NodeId"] = Unique(name + "-"),
            ["Pixyer:Jobs:GenerationWorkers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Pixyer:Jobs:GenerationInterval"] = (interval ?? TimeSpan.FromMilliseconds(100)).ToString(),
            ["Pixyer:Jobs:GenerationLease"] = ShortLease.ToString(),
        }).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            if (generator is not null)
            {
                services.AddSingleton(generator);
            }
        }));

    private static string NodeId(WebApplicationFactory<Program> node) => node.Services.GetRequiredService<NodeIdentity>().Id;

    private static async Task<(string Status, int Progress)> ProgressAsync(SignedIn user, Guid id)
    {
        var state = await GetGenerationAsync(user, id);
        return (state.Status, state.Progress);
    }

    /// <summary>Lets <paramref name="span"/> pass on the app's clock as it passes in real time, so that leases run out.</summary>
    private async Task TickClockAsync(TimeSpan span)
    {
        for (var passed = TimeSpan.Zero; passed < span; passed += TimeSpan.FromMilliseconds(100))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            App.Clock.Advance(TimeSpan.FromMilliseconds(100));
        }
    }

    private async Task UntilAsync(TimeSpan within, Func<Task<bool>> condition, bool tickClock = false)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < within, $"not done within {within}");
            if (tickClock)
            {
                await TickClockAsync(TimeSpan.FromMilliseconds(500));
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }
}
