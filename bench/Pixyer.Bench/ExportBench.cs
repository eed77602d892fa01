using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Uploads;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>export</c>: the data export (obligation G3) of a person with many assets. The person's assets are
/// stored files of realistic size (100-200 KB of incompressible bytes, as JPEGs are) with their rows; then, round by
/// round, the plain copy of the same files out of the store into a folder (<c>copy</c>) and the whole export
/// (<c>export</c>: POST /me/exports, the worker writing the ZIP through the pipe into the store, the ready mail
/// queued), each with the process's managed heap and working set sampled every 5 ms. The person is measured at
/// two sizes, so that a heap growing with the export would show. Scenario <c>export-s3</c> runs the same with the
/// files in an S3 bucket (<c>Pixyer:Files:Store=s3</c>) on a local s3rver that the bench starts: the archive goes up
/// as a multipart upload, a part at a time.
/// </summary>
internal static class ExportBench
{
    public const string Scenario = "export";
    public const string S3Scenario = "export-s3";

    private const double Mega = 1_000_000;
    private static readonly int[] Sizes = [250, 1000];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private sealed record Measured(string Path, int Assets, double Seconds, long Bytes, long PeakHeap, long PeakWorkingSet);

    public static Task RunAsync(BenchOptions options, StringBuilder report) => RunAsync(options, report, Scenario, null, "the data folder");

    public static async Task RunOnS3Async(BenchOptions options, StringBuilder report)
    {
        await using var s3 = new Pixyer.Api.IntegrationTests.Infrastructure.S3Server();
        await RunAsync(options, report, S3Scenario, await s3.SettingsAsync(), "an S3 bucket on a local s3rver (5 MiB parts)");
    }

    private static async Task RunAsync(BenchOptions options, StringBuilder report, string scenario, IReadOnlyDictionary<string, string>? settings, string store)
    {
        var rounds = options.RoundsFor(scenario);
        Console.WriteLine($"\n== Scenario {scenario}: starting the API in process ...");
        await using var api = new BenchApi(new SqlCounter(), fastHasher: true, settings: settings);
        using var client = api.NewClient();
        api.EnsurePostgreSql();
        var account = await BenchHttp.SignUpAsync(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        var files = api.Services.GetRequiredService<IFileStore>();
        var worker = api.Services.GetRequiredService<ExportWorker>();
        var copyFolder = Path.Combine(Path.GetTempPath(), "pixyer-bench-copy-" + Guid.NewGuid().ToString("N")[..8]);
        var results = new List<Measured>();
        var loadBefore = Report.LoadAverage();
        var stored = 0;
        try
        {
            foreach (var size in Sizes)
            {
                Console.WriteLine($"   storing assets up to {size.ToString(Inv)} ...");
                stored += await AddAssetsAsync(api.Services, files, account.Id, size - stored);
                for (var round = size == Sizes[0] ? -1 : 0; round < rounds; round++)
                {
                    // Round -1 warms both paths up (JIT, connection pool, page cache) and is not reported.
                    var copy = await MeasureAsync("copy", size, () => CopyAsync(api.Services, files, account.Id, copyFolder));
                    Directory.Delete(copyFolder, recursive: true);
                    var export = await MeasureAsync("export", size, () => ExportAsync(client, worker, api.Services, account.Id));
                    await DeleteArchivesAsync(files, account.Id);
                    if (round < 0)
                    {
                        continue;
                    }

                    results.AddRange([copy, export]);
                    Console.WriteLine($"   {size.ToString(Inv)} assets, round {(round + 1).ToString(Inv)}: {results[^2].Seconds.ToString("0.00", Inv)} s copy, {results[^1].Seconds.ToString("0.00", Inv)} s export");
                }
            }
        }
        finally
        {
            if (Directory.Exists(copyFolder))
            {
                Directory.Delete(copyFolder, recursive: true);
            }
        }

        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{scenario}`: the data export of a person with {string.Join(" and ", Sizes.Select(s => s.ToString(Inv)))} assets")
            .AppendLine()
            .AppendLine(Inv, $"Files in {store}. {rounds.ToString(Inv)} rounds per size after one unreported warm-up round, copy and export alternating; assets are 100-200 KB of random bytes each (stored, ")
            .AppendLine("not compressed, in the archive). `copy`: every asset's file read from the store and written to a new file of a plain folder, one after ")
            .AppendLine("the other (the folder is deleted between rounds, untimed). `export`: POST /me/exports, then the worker (claim, archive through the pipe into the store, ready); MB/s are ")
            .AppendLine("the asset bytes over the wall time. Peak heap / working set: highest sample (every 5 ms) above the value at the round's start; ")
            .AppendLine(Inv, $"server GC, so the heap is collected lazily. Load average before/after: {loadBefore} / {Report.LoadAverage()}.")
            .AppendLine()
            .AppendLine("| assets | path | asset MB | s (mean) | rounds min-max s | MB/s | export / copy | peak heap +MB (max) | peak working set +MB (max) |")
            .AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in Sizes)
        {
            var copySeconds = results.Where(r => r.Assets == size && r.Path == "copy").Average(r => r.Seconds);
            foreach (var path in new[] { "copy", "export" })
            {
                var cells = results.Where(r => r.Assets == size && r.Path == path).ToList();
                var seconds = cells.Average(r => r.Seconds);
                var megabytes = cells[0].Bytes / Mega;
                report.AppendLine(Inv,
                    $"| {size.ToString(Inv)} | {path} | {megabytes.ToString("0.0", Inv)} | {seconds.ToString("0.00", Inv)} | "
                    + $"{cells.Min(r => r.Seconds).ToString("0.00", Inv)}-{cells.Max(r => r.Seconds).ToString("0.00", Inv)} | "
                    + $"{(megabytes / seconds).ToString("0.0", Inv)} | {(path == "export" ? (copySeconds / seconds).ToString("0.00", Inv) : "")} | "
                    + $"{(cells.Max(r => r.PeakHeap) / Mega).ToString("0.0", Inv)} | {(cells.Max(r => r.PeakWorkingSet) / Mega).ToString("0.0", Inv)} |");
            }
        }
    }

    /// <summary>Stores <paramref name="count"/> more assets of the person, each with a random 100-200 KB file, made from one upload.</summary>
    private static async Task<int> AddAssetsAsync(IServiceProvider services, IFileStore files, AccountId owner, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        var now = DateTimeOffset.UtcNow;
        var photo = await files.SaveAsync(owner, "uploads", new MemoryStream(RandomNumberGenerator.GetBytes(150_000)), CancellationToken.None);
        var upload = Upload.Accept(owner, "bench.jpg", "image/jpeg", 1080, 1080, photo.Length, photo.Sha256, photo.Key, photo.Key, now);
        db.Uploads.Add(upload);
        for (var i = 0; i < count; i++)
        {
            // One job per asset: a job has one asset per format.
            var job = GenerationJob.Queue(owner, upload.Id, "studio", ["square"], null, now);
            db.GenerationJobs.Add(job);
            var bytes = RandomNumberGenerator.GetBytes(RandomNumberGenerator.GetInt32(100_000, 200_001));
            var file = await files.SaveAsync(owner, "assets", new MemoryStream(bytes), CancellationToken.None);
            db.Assets.Add(Asset.Produce(owner, upload.Id, job.Id, "studio", "square", "image/jpeg", 1080, 1080, file.Length, file.Sha256, file.Key, now));
        }

        await db.SaveChangesAsync();
        return count;
    }

    private static async Task<long> CopyAsync(IServiceProvider services, IFileStore files, AccountId owner, string folder)
    {
        Directory.CreateDirectory(folder);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        var assets = db.Assets.Where(a => a.OwnerId == owner).OrderBy(a => a.CreatedAt).Select(a => new { a.Id, a.FileKey }).ToList();
        long bytes = 0;
        foreach (var asset in assets)
        {
            await using var source = (await files.OpenReadAsync(asset.FileKey, CancellationToken.None))!;
            await using var target = new FileStream(Path.Combine(folder, $"{asset.Id}.jpg"), FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await source.CopyToAsync(target);
            bytes += target.Length;
        }

        return bytes;
    }

    private static async Task<long> ExportAsync(HttpClient client, ExportWorker worker, IServiceProvider services, AccountId owner)
    {
        using var response = await client.PostAsync("/api/v1/me/exports", null);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST /me/exports answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        using var accepted = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await worker.RunAsync("bench", CancellationToken.None);
        var state = await client.GetStringAsync($"/api/v1/me/exports/{accepted.RootElement.GetProperty("id").GetGuid()}");
        using var json = JsonDocument.Parse(state);
        if (json.RootElement.GetProperty("status").GetString() != "ready")
        {
            throw new InvalidOperationException($"The export is not ready: {state}");
        }

        // The asset bytes, as for the copy; the archive is a little larger (JSON, headers). Read from the rows: a
        // stored file's stream decrypts as it goes and has no length.
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PixyerDbContext>().Assets.Where(a => a.OwnerId == owner).SumAsync(a => a.Length);
    }

    /// <summary>Between rounds, outside the timing: the archives would otherwise fill the disk.</summary>
    private static async Task DeleteArchivesAsync(IFileStore files, AccountId owner)
    {
        foreach (var key in (await files.ListAsync(owner, CancellationToken.None)).Where(k => k.Contains("/exports/", StringComparison.Ordinal)))
        {
            await files.DeleteAsync(key, CancellationToken.None);
        }
    }

    private static async Task<Measured> MeasureAsync(string path, int assets, Func<Task<long>> work)
    {
        using var process = Process.GetCurrentProcess();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        long peakHeap = 0, peakWorkingSet = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false) - heapBefore);
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64 - workingSetBefore);
                await Task.Delay(5, CancellationToken.None);
            }
        });
        var started = Stopwatch.GetTimestamp();
        var bytes = await work();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        return new Measured(path, assets, seconds, bytes, peakHeap, peakWorkingSet);
    }
}
