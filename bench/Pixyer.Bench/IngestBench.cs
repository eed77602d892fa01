using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Imaging;
using Pixyer.Application.Features.Uploads;
using SkiaSharp;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>ingest</c>: how fast uploads are taken in (obligation C2). For a few realistic photos, the whole
/// ingest (sniff, decode, EXIF orientation, re-encode, thumbnail) called directly on the Infrastructure adapter
/// (<c>direct</c>), and the same image sent to POST /api/v1/uploads (<c>http</c>: multipart parsing, the mediator
/// pipeline, two file-store writes, the row and its audit entry), interleaved round by round. See bench/README.md.
/// </summary>
internal static class IngestBench
{
    public const string Scenario = "ingest";

    private const string Direct = "direct";
    private const string Http = "http";
    private const string Uploads = "/api/v1/uploads";
    private const double Mega = 1_000_000;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private sealed record Input(string Name, string Description, string FileName, string ContentType, byte[] Bytes, int Width, int Height)
    {
        public double Megabytes => Bytes.Length / Mega;

        public double Megapixels => (double)Width * Height / Mega;
    }

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        var window = options.WindowFor(Scenario);
        var rounds = options.RoundsFor(Scenario);
        var concurrencies = options.ConcurrencyFor(Scenario);
        Console.WriteLine($"\n== Scenario {Scenario}: making the photos ...");
        var inputs = MakeInputs();
        Console.WriteLine("   starting the API in process ...");
        var counter = new SqlCounter();
        await using var api = new BenchApi(counter, fastHasher: true);
        var clients = new List<HttpClient>();
        try
        {
            api.EnsurePostgreSql();
            for (var i = 0; i < concurrencies.Max(); i++)
            {
                var client = api.NewClient();
                clients.Add(client);
                var account = await BenchHttp.SignUpAsync(client);
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
            }

            var ingest = api.Services.GetRequiredService<IImageIngest>();
            var maxPixels = api.Services.GetRequiredService<IOptions<UploadOptions>>().Value.MaxPixels;
            var loadBefore = Report.LoadAverage();
            var results = new Dictionary<Input, Dictionary<(string Path, int Concurrency), Cell>>();
            var outputs = new Dictionary<Input, (IngestedImage Output, double SniffUs)>();
            var perRound = new Dictionary<Input, int>();
            foreach (var input in inputs)
            {
                Console.WriteLine($"   {input.Name}: {input.Description}, {input.Megabytes.ToString("0.00", Inv)} MB");
                var (output, sniffUs, once) = await DescribeAsync(ingest, input, maxPixels);
                outputs[input] = (output, sniffUs);
                // Images per round: about a window's worth of work, shared by the clients; the warm-up runs one each.
                var count = perRound[input] = Math.Max(1, (int)Math.Round(window / once));
                results[input] = await Rounds.RunAsync(
                    [Direct, Http], concurrencies, options.Warmup / 2, rounds, window, counter, "images",
                    (path, concurrency, time) => Load.RunCountAsync(concurrency, time < window ? 1 : Math.Max(1, count / concurrency), worker => path == Direct
                        ? DirectAsync(ingest, input, maxPixels)
                        : UploadAsync(clients[worker], input)),
                    rotate: true);
            }

            report.AppendLine()
                .AppendLine(Inv, $"### Scenario `{Scenario}`: upload ingest (sniff, decode, EXIF orientation, re-encode, thumbnail)")
                .AppendLine()
                .AppendLine(Inv, $"{rounds.ToString(Inv)} interleaved rounds per input, path and client count, after a warm-up of one image per client; a round ingests a ")
                .AppendLine(Inv, $"fixed number of images shared by its clients (about {window.TotalSeconds.ToString(Inv)} s of work for one: {string.Join(", ", inputs.Select(i => $"{i.Name} {perRound[i].ToString(Inv)}"))}), ")
                .AppendLine("and images/s is all the round's images over its wall time (so images of a second or more are not rounded to a window's count); ")
                .AppendLine(Inv, $"load average before/after: {loadBefore} / {Report.LoadAverage()}. MB = 10^6 bytes of the uploaded file; MP = 10^6 pixels.")
                .AppendLine();
            WriteInputs(report, inputs, outputs);
            WriteThroughput(report, inputs, concurrencies, results);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// Photo-like content (a gradient under fractal noise and a fine grain) that compresses as camera photos do:
    /// a 12 MP JPEG at quality 92 is about 5 MB. The 12 MP JPEG carries EXIF with GPS and orientation 6, so each
    /// ingest also turns it upright (a portrait phone photo).
    /// </summary>
    private static List<Input> MakeInputs() =>
    [
        new("jpeg-12mp", "4000×3000 JPEG q92, EXIF orientation 6 + GPS", "IMG_4032.jpg", "image/jpeg",
            TestImages.WithExif(TestImages.Encode(Photo(4000, 3000), SKEncodedImageFormat.Jpeg, 92), orientation: 6), 4000, 3000),
        new("png-2mp", "1920×1080 PNG (photo content)", "screenshot.png", "image/png",
            TestImages.Encode(Photo(1920, 1080), SKEncodedImageFormat.Png, 100), 1920, 1080),
        new("webp-4mp", "2560×1600 WebP q90", "banner.webp", "image/webp",
            TestImages.Encode(Photo(2560, 1600), SKEncodedImageFormat.Webp, 90), 2560, 1600),
    ];

    private static SKBitmap Photo(int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using var light = new SKPaint();
        light.Shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(width, height), [new SKColor(180, 140, 100), new SKColor(40, 70, 110)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, light);
        using var texture = new SKPaint { BlendMode = SKBlendMode.Overlay };
        texture.Shader = SKShader.CreatePerlinNoiseFractalNoise(0.02f, 0.02f, 4, 7);
        canvas.DrawRect(0, 0, width, height, texture);
        using var grain = new SKPaint { BlendMode = SKBlendMode.Overlay };
        grain.Shader = SKShader.CreatePerlinNoiseTurbulence(0.9f, 0.9f, 1, 3);
        canvas.DrawRect(0, 0, width, height, grain);
        return bitmap;
    }

    private static async Task<TimeSpan> DirectAsync(IImageIngest ingest, Input input, long maxPixels)
    {
        var started = Stopwatch.GetTimestamp();
        var header = ImageSniffer.Inspect(input.Bytes, maxPixels);
        await ingest.IngestAsync(input.Bytes, header, CancellationToken.None);
        return Stopwatch.GetElapsedTime(started);
    }

    private static async Task<TimeSpan> UploadAsync(HttpClient client, Input input)
    {
        var started = Stopwatch.GetTimestamp();
        using var file = new ByteArrayContent(input.Bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(input.ContentType);
        using var form = new MultipartFormDataContent { { file, "file", input.FileName } };
        using var response = await client.PostAsync(Uploads, form);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST {Uploads} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>One ingest for the output's facts and a first timing, and the sniff alone (median of 20: it is microseconds).</summary>
    private static async Task<(IngestedImage Output, double SniffUs, TimeSpan Once)> DescribeAsync(IImageIngest ingest, Input input, long maxPixels)
    {
        var started = Stopwatch.GetTimestamp();
        var header = ImageSniffer.Inspect(input.Bytes, maxPixels);
        var output = await ingest.IngestAsync(input.Bytes, header, CancellationToken.None);
        var once = Stopwatch.GetElapsedTime(started);
        var sniffs = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var sniffStarted = Stopwatch.GetTimestamp();
            ImageSniffer.Inspect(input.Bytes, maxPixels);
            sniffs.Add(Stopwatch.GetElapsedTime(sniffStarted).TotalMicroseconds);
        }

        return (output, Load.Percentile([.. sniffs.Order()], 0.5), once);
    }

    private static void WriteInputs(StringBuilder report, List<Input> inputs, Dictionary<Input, (IngestedImage Output, double SniffUs)> outputs)
    {
        report.AppendLine("| input | what | MB | MP | stored as | stored MB | stored size | thumbnail KB | sniff alone, µs (median) |")
            .AppendLine("| --- | --- | ---: | ---: | --- | ---: | --- | ---: | ---: |");
        foreach (var input in inputs)
        {
            var (output, sniffUs) = outputs[input];
            report.AppendLine(Inv,
                $"| {input.Name} | {input.Description} | {input.Megabytes.ToString("0.00", Inv)} | {input.Megapixels.ToString("0.0", Inv)} | "
                + $"{output.Image.ContentType} | {(output.Image.Bytes.Length / Mega).ToString("0.00", Inv)} | {output.Image.Width.ToString(Inv)}×{output.Image.Height.ToString(Inv)} | "
                + $"{(output.Thumbnail.Bytes.Length / 1000.0).ToString("0.0", Inv)} | {sniffUs.ToString("0.0", Inv)} |");
        }

        report.AppendLine();
    }

    private static void WriteThroughput(
        StringBuilder report, List<Input> inputs, IReadOnlyList<int> concurrencies, Dictionary<Input, Dictionary<(string Path, int Concurrency), Cell>> results)
    {
        report.AppendLine("| input | path | clients | images/s (mean) | rounds min-max | MB/s | MP/s | p50 ms | p95 ms | http / direct |")
            .AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var input in inputs)
        {
            foreach (var concurrency in concurrencies)
            {
                foreach (var path in new[] { Direct, Http })
                {
                    var cell = results[input][(path, concurrency)];
                    var latencies = cell.SortedLatenciesMs();
                    var ratio = path == Http
                        ? (cell.OpsPerSecond / results[input][(Direct, concurrency)].OpsPerSecond).ToString("0.00", Inv)
                        : "";
                    report.AppendLine(Inv,
                        $"| {input.Name} | {path} | {concurrency.ToString(Inv)} | {cell.OpsPerSecond.ToString("0.00", Inv)} | "
                        + $"{cell.Rounds.Min(r => r.OpsPerSecond).ToString("0.00", Inv)}-{cell.Rounds.Max(r => r.OpsPerSecond).ToString("0.00", Inv)} | "
                        + $"{(cell.OpsPerSecond * input.Megabytes).ToString("0.0", Inv)} | {(cell.OpsPerSecond * input.Megapixels).ToString("0.0", Inv)} | "
                        + $"{Load.Percentile(latencies, 0.50).ToString("0", Inv)} | {Load.Percentile(latencies, 0.95).ToString("0", Inv)} | {ratio} |");
                }
            }
        }
    }
}
