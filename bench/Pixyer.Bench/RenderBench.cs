using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Features.Generations;
using Pixyer.Infrastructure.Imaging;
using SkiaSharp;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>render</c>: the built-in renderer's throughput, called directly (no API, no database, no file
/// store): images/s for every template and format on one thread, then per template with one worker per core, and
/// what the output encoding costs (JPEG, as shipped, against PNG). The input is a 3-megapixel JPEG product shot on a
/// white backdrop and every visual carries a headline, the heavier case.
/// </summary>
internal static class RenderBench
{
    public const string Scenario = "render";

    private const string Headline = "Summer sale: 30% off every bottle this week only";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        Console.WriteLine($"\n== Scenario {Scenario}: the SkiaSharp renderer, called directly ...");
        var window = options.WindowFor(Scenario);
        var rounds = options.RoundsFor(Scenario);
        var generator = new SkiaImageGenerator();
        var product = ProductShot();
        var cells = GenerationCatalog.Templates.SelectMany(t => GenerationCatalog.Formats.Select(f => new RenderCell(t.Name, f))).ToList();
        var sizes = cells.ToDictionary(c => c.Name, c => Render(generator, product, c).Bytes); // also the warm-up: JIT, natives, font
        var templates = GenerationCatalog.Templates.Select(t => t.Name).ToList();
        var cores = Environment.ProcessorCount;

        var loadBefore = Report.LoadAverage();
        var single = new Dictionary<string, List<RenderRound>>();
        var parallel = new Dictionary<string, List<RenderRound>>();
        for (var round = 0; round < rounds; round++)
        {
            // Interleaved and rotated, so that background load on the machine hits every cell alike.
            foreach (var cell in cells.Skip(round % cells.Count).Concat(cells.Take(round % cells.Count)))
            {
                Add(single, cell.Name, await MeasureAsync(1, window, _ => Render(generator, product, cell).Time));
            }

            foreach (var template in templates)
            {
                Add(parallel, template, await MeasureAsync(cores, window, i =>
                    Render(generator, product, new RenderCell(template, GenerationCatalog.Formats[i % GenerationCatalog.Formats.Count])).Time));
            }

            Console.WriteLine($"   round {round + 1} of {rounds} done");
        }

        var encodings = GenerationCatalog.Formats.Select(f => MeasureEncodings(generator, product, f)).ToList();

        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{Scenario}`: the built-in renderer (SkiaSharp {typeof(SKImage).Assembly.GetName().Version}), called directly")
            .AppendLine()
            .AppendLine(Inv, $"Input: a {product.Length / 1024} KiB JPEG product shot, 1500x2000, on white; every visual with a headline; output JPEG quality 90. ")
            .AppendLine(Inv, $"{rounds} interleaved rounds of at least {window.TotalSeconds} s per cell (every render started in the window counts) after one warm-up render per cell; ")
            .AppendLine(Inv, $"load average before/after: {loadBefore} / {Report.LoadAverage()}.")
            .AppendLine()
            .AppendLine("One thread (a worker renders one format at a time):")
            .AppendLine()
            .AppendLine("| template | format | images/s (mean) | rounds min-max | p50 ms | p95 ms | KiB |")
            .AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var cell in cells)
        {
            var results = single[cell.Name];
            report.AppendLine(Inv,
                $"| {cell.Template} | {cell.Format.Name} {cell.Format.Width}x{cell.Format.Height} | {Row(results)} | {sizes[cell.Name] / 1024} |");
        }

        WriteMeans(report, "format", GenerationCatalog.Formats.Select(f => f.Name), cells, single, c => c.Format.Name);
        WriteMeans(report, "template", templates, cells, single, c => c.Template);
        report.AppendLine()
            .AppendLine(Inv, $"{cores} workers at once (one per core), the three formats in turn:")
            .AppendLine()
            .AppendLine("| template | images/s (mean) | rounds min-max | p50 ms | p95 ms |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var template in templates)
        {
            report.AppendLine(Inv, $"| {template} | {Row(parallel[template])} |");
        }

        report.AppendLine()
            .AppendLine("Encoding the finished `studio` visual (median of 5, one thread):")
            .AppendLine()
            .AppendLine("| format | JPEG q90 ms | JPEG KiB | PNG ms | PNG KiB |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (format, jpeg, png) in encodings)
        {
            report.AppendLine(Inv, $"| {format} | {jpeg.Ms:0} | {jpeg.Bytes / 1024} | {png.Ms:0} | {png.Bytes / 1024} |");
        }
    }

    private sealed record RenderCell(string Template, RenderFormat Format)
    {
        public string Name => $"{Template}/{Format.Name}";
    }

    private sealed record RenderRound(double ImagesPerSecond, List<double> LatenciesMs);

    private static void Add(Dictionary<string, List<RenderRound>> results, string key, RenderRound round)
    {
        if (!results.TryGetValue(key, out var rounds))
        {
            results[key] = rounds = [];
        }

        rounds.Add(round);
    }

    /// <summary>Mean images/s, its range over the rounds, and p50/p95 of one image's time.</summary>
    private static string Row(List<RenderRound> rounds)
    {
        var latencies = rounds.SelectMany(r => r.LatenciesMs).Order().ToList();
        return string.Create(Inv,
            $"{rounds.Average(r => r.ImagesPerSecond):0.00} | {rounds.Min(r => r.ImagesPerSecond):0.00}-{rounds.Max(r => r.ImagesPerSecond):0.00} | "
            + $"{Load.Percentile(latencies, 0.5):0} | {Load.Percentile(latencies, 0.95):0}");
    }

    /// <summary>
    /// <paramref name="workers"/> threads render back to back until <paramref name="window"/> has passed; every render
    /// started in it counts, and the rate is over the time until the last one ended (no render is cut off).
    /// </summary>
    private static async Task<RenderRound> MeasureAsync(int workers, TimeSpan window, Func<int, TimeSpan> render)
    {
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() =>
        {
            while (clock.Elapsed < window)
            {
                latencies.Add(render(Interlocked.Increment(ref next)).TotalMilliseconds);
            }
        })));
        return new RenderRound(latencies.Count / clock.Elapsed.TotalSeconds, [.. latencies]);
    }

    private static (TimeSpan Time, long Bytes) Render(SkiaImageGenerator generator, byte[] product, RenderCell cell)
    {
        var started = Stopwatch.GetTimestamp();
        var image = generator.GenerateAsync(new GenerationRequest(product, cell.Template, cell.Format, Headline), default).GetAwaiter().GetResult();
        var elapsed = Stopwatch.GetElapsedTime(started);
        return image.Width == cell.Format.Width && image.Height == cell.Format.Height
            ? (elapsed, image.Content.Length)
            : throw new InvalidOperationException($"{cell.Name} came out {image.Width}x{image.Height}.");
    }

    private static void WriteMeans(
        StringBuilder report, string by, IEnumerable<string> keys, List<RenderCell> cells, Dictionary<string, List<RenderRound>> single, Func<RenderCell, string> key)
    {
        report.AppendLine()
            .AppendLine(Inv, $"| {by} | images/s, mean over the other axis | ms per image |")
            .AppendLine("| --- | ---: | ---: |");
        foreach (var name in keys)
        {
            var rate = cells.Where(c => key(c) == name).Average(c => single[c.Name].Average(r => r.ImagesPerSecond));
            report.AppendLine(Inv, $"| {name} | {rate:0.00} | {1000 / rate:0} |");
        }
    }

    private static (string Format, (double Ms, long Bytes) Jpeg, (double Ms, long Bytes) Png) MeasureEncodings(
        SkiaImageGenerator generator, byte[] product, RenderFormat format)
    {
        var rendered = generator.GenerateAsync(new GenerationRequest(product, GenerationCatalog.Studio, format, Headline), default).GetAwaiter().GetResult();
        using var image = SKImage.FromEncodedData(rendered.Content);
        return (format.Name, Encode(image, SKEncodedImageFormat.Jpeg, 90), Encode(image, SKEncodedImageFormat.Png, 100));
    }

    private static (double Ms, long Bytes) Encode(SKImage image, SKEncodedImageFormat format, int quality)
    {
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < 5; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var data = image.Encode(format, quality);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            bytes = data.Size;
        }

        return (Load.Percentile([.. times.Order()], 0.5), bytes);
    }

    /// <summary>A shaded bottle with a label on a white sweep, 1500x2000, saved as a JPEG (quality 90) as a phone would.</summary>
    private static byte[] ProductShot()
    {
        using var surface = SKSurface.Create(new SKImageInfo(1500, 2000, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var glass = SKShader.CreateLinearGradient(
            new SKPoint(450, 0), new SKPoint(1050, 0),
            [new SKColor(0x8E, 0x1B, 0x1B), new SKColor(0xE5, 0x39, 0x35), new SKColor(0xFF, 0x8A, 0x80), new SKColor(0xB7, 0x1C, 0x1C)],
            [0f, 0.45f, 0.6f, 1f],
            SKShaderTileMode.Clamp);
        using var body = new SKPaint { Shader = glass, IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(450, 700, 1050, 1900), 150, 150, body);
        canvas.DrawRect(new SKRect(650, 330, 850, 740), body);
        using var label = new SKPaint { Color = new SKColor(0xFA, 0xF3, 0xE0), IsAntialias = true };
        canvas.DrawRect(new SKRect(450, 1150, 1050, 1550), label);
        using var cap = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(620, 200, 880, 350), 20, 20, cap);
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return jpeg.ToArray();
    }
}
