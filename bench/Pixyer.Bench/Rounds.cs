using System.Globalization;
using System.Text;

namespace Pixyer.Bench;

/// <summary>The rounds of one path at one client count, and the SQL they sent.</summary>
internal sealed class Cell
{
    public List<RoundResult> Rounds { get; } = [];

    public Dictionary<string, (long Count, TimeSpan Time)> Sql { get; } = [];

    public int Finished => Rounds.Sum(r => r.Finished);

    public double OpsPerSecond => Rounds.Average(r => r.OpsPerSecond);

    /// <summary>Every completed operation's latency over all rounds, sorted.</summary>
    public List<double> SortedLatenciesMs() => [.. Rounds.SelectMany(r => r.LatenciesMs).Order()];

    public void Add(
        RoundResult round, Dictionary<string, (long Count, TimeSpan Time)> before, Dictionary<string, (long Count, TimeSpan Time)> after)
    {
        Rounds.Add(round);
        foreach (var (kind, (count, time)) in after)
        {
            var (count0, time0) = before.GetValueOrDefault(kind);
            if (count > count0)
            {
                var (sum, sumTime) = Sql.GetValueOrDefault(kind);
                Sql[kind] = (sum + count - count0, sumTime + time - time0);
            }
        }
    }
}

/// <summary>
/// Warm-up, then interleaved rounds: every path (by name, in the given order) at every client count once per
/// round, each run by <c>runAsync(path, clients, time)</c>. <c>unit</c> names an operation for the console
/// ("pairs", "requests", "checks"); <c>afterWarmUp</c> runs once between the warm-up and the measured rounds.
/// With <c>rotate</c>, round r starts with path r mod n (then the others in order), so that no path always runs
/// first, i.e. right after the previous client count's heavier load.
/// </summary>
internal static class Rounds
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<Dictionary<(string Path, int Concurrency), Cell>> RunAsync(
        IReadOnlyList<string> paths,
        IReadOnlyList<int> concurrencies,
        TimeSpan warmup,
        int rounds,
        TimeSpan window,
        SqlCounter counter,
        string unit,
        Func<string, int, TimeSpan, Task<RoundResult>> runAsync,
        Action? afterWarmUp = null,
        bool rotate = false)
    {
        foreach (var concurrency in warmup > TimeSpan.Zero ? concurrencies : [])
        {
            foreach (var path in paths)
            {
                Console.WriteLine($"   warm-up {path} x{concurrency.ToString(Inv)}");
                await runAsync(path, concurrency, warmup);
            }
        }

        afterWarmUp?.Invoke();
        var results = new Dictionary<(string Path, int Concurrency), Cell>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var concurrency in concurrencies)
            {
                // Interleaved, so that drift (disk, autovacuum, table growth, other load) hits every path alike.
                var first = rotate ? (round - 1) % paths.Count : 0;
                foreach (var path in paths.Skip(first).Concat(paths.Take(first)))
                {
                    var before = counter.Snapshot();
                    var result = await runAsync(path, concurrency, window);
                    var after = counter.Snapshot();
                    if (!results.TryGetValue((path, concurrency), out var cell))
                    {
                        results[(path, concurrency)] = cell = new Cell();
                    }

                    cell.Add(result, before, after);
                    Console.WriteLine(
                        $"   round {round.ToString(Inv)} {path,-9} x{concurrency.ToString(Inv)}: {result.OpsPerSecond.ToString("0.0", Inv)} {unit}/s");
                }
            }
        }

        return results;
    }
}

/// <summary>The markdown tables the scenarios share.</summary>
internal static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Throughput and latency per path and client count, and the ratio of the baseline path to each other path: of
    /// the means, and the median (range) of the per-round ratios (each round runs the paths back to back, so a
    /// per-round ratio compares runs that saw the same background load). <c>unit</c>: an operation, plural ("pairs").
    /// </summary>
    public static void WriteThroughput(
        StringBuilder report, IReadOnlyList<string> paths, string baseline, IReadOnlyList<int> concurrencies,
        Dictionary<(string, int), Cell> results, string unit)
    {
        report.AppendLine(Inv, $"| path | clients | {unit}/s (mean) | rounds min-max | p50 ms | p95 ms | {baseline} / path | per-round ratio, median (min-max) |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var concurrency in concurrencies)
        {
            var reference = results[(baseline, concurrency)];
            foreach (var path in paths)
            {
                var cell = results[(path, concurrency)];
                var latencies = cell.SortedLatenciesMs();
                var ratio = "";
                var perRound = "";
                if (path != baseline)
                {
                    ratio = (reference.OpsPerSecond / cell.OpsPerSecond).ToString("0.00", Inv);
                    var ratios = reference.Rounds.Zip(cell.Rounds, (p, b) => p.OpsPerSecond / b.OpsPerSecond).Order().ToList();
                    perRound = $"{Load.Percentile(ratios, 0.5).ToString("0.00", Inv)} ({ratios[0].ToString("0.00", Inv)}-{ratios[^1].ToString("0.00", Inv)})";
                }

                report.AppendLine(Inv,
                    $"| {path} | {concurrency.ToString(Inv)} | {cell.OpsPerSecond.ToString("0.0", Inv)} | "
                    + $"{cell.Rounds.Min(r => r.OpsPerSecond).ToString("0.0", Inv)}-{cell.Rounds.Max(r => r.OpsPerSecond).ToString("0.0", Inv)} | "
                    + $"{Load.Percentile(latencies, 0.50).ToString("0.0", Inv)} | {Load.Percentile(latencies, 0.95).ToString("0.0", Inv)} | {ratio} | {perRound} |");
            }
        }
    }

    /// <summary>
    /// Per operation (<c>unit</c>, singular: "pair"): how many of each statement each path sent and the time EF
    /// Core waited for them.
    /// </summary>
    public static void WriteSql(
        StringBuilder report, IReadOnlyList<string> paths, int concurrency, Dictionary<(string, int), Cell> results, string unit) =>
        WriteSql(report, $"SQL per {unit} at {concurrency.ToString(Inv)} client(s)", [.. paths.Select(p => (p, results[(p, concurrency)]))], unit);

    /// <summary>The same, one column per cell, under <c>title</c> (the columns' labels say what each cell is).</summary>
    public static void WriteSql(StringBuilder report, string title, IReadOnlyList<(string Label, Cell Cell)> columns, string unit)
    {
        var cells = columns.Select(c => c.Cell).ToArray();
        var kinds = cells.SelectMany(c => c.Sql.Keys).Distinct()
            .OrderBy(k => k == SqlCounter.Commit ? 1 : 0).ThenBy(k => k, StringComparer.Ordinal).ToList();
        report.AppendLine()
            .AppendLine(Inv, $"{title}: count x mean ms (EF Core's timing, lock waits included)")
            .AppendLine()
            .AppendLine("| statement | " + string.Join(" | ", columns.Select(c => c.Label)) + " |")
            .AppendLine("| --- |" + string.Concat(columns.Select(_ => " ---: |")));
        foreach (var kind in kinds)
        {
            report.Append(Inv, $"| {kind} |");
            foreach (var cell in cells)
            {
                report.Append(cell.Sql.TryGetValue(kind, out var s) && s.Count > 0
                    ? $" {(s.Count / (double)cell.Finished).ToString("0.#", Inv)} x {(s.Time.TotalMilliseconds / s.Count).ToString("0.00", Inv)} |"
                    : " |");
            }

            report.AppendLine();
        }

        report.Append(Inv, $"| **all SQL, ms per {unit}** |");
        foreach (var cell in cells)
        {
            report.Append(Inv, $" **{(cell.Sql.Values.Sum(s => s.Time.TotalMilliseconds) / cell.Finished).ToString("0.0", Inv)}** |");
        }

        report.AppendLine();
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
