using System.Globalization;
using System.Text;

namespace Pixyer.Bench;

/// <summary>
/// The CPU time a register+login pair costs, per path and client count: this process (the API and the bench's clients)
/// and PostgreSQL, over whole rounds (the tail after the window included) divided by every pair the round ran. On a
/// shared machine, other load slows a round down but hardly changes what a pair costs, so this compares paths more
/// steadily than their throughput does.
/// </summary>
internal sealed class PairCpu
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly Dictionary<(string Path, int Concurrency), List<(double ProcessSeconds, double? PostgresSeconds, int Pairs)>> rounds = [];

    public void Add(string path, int concurrency, RoundResult round, TimeSpan elapsed, CpuUse use)
    {
        if (!rounds.TryGetValue((path, concurrency), out var list))
        {
            rounds[(path, concurrency)] = list = [];
        }

        list.Add((use.Process * elapsed.TotalSeconds, use.Postgres * elapsed.TotalSeconds, round.Finished));
    }

    /// <summary>Forgets the warm-up's rounds.</summary>
    public void Clear() => rounds.Clear();

    public void Write(StringBuilder report, IReadOnlyList<string> paths, IReadOnlyList<int> concurrencies)
    {
        report.AppendLine()
            .AppendLine(Inv, $"CPU time per pair (all rounds; ms of one core). path / {paths[0]}: the throughput ratio {paths[0]} / path that the CPU allows once it is the limit:")
            .AppendLine()
            .AppendLine(Inv, $"| path | clients | this process ms | PostgreSQL ms | both ms | path / {paths[0]} (both) | per-round ratio, median (min-max) |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var concurrency in concurrencies)
        {
            var baseline = PerRound(paths[0], concurrency);
            foreach (var path in paths)
            {
                var all = rounds[(path, concurrency)];
                var pairs = all.Sum(r => r.Pairs);
                var process = all.Sum(r => r.ProcessSeconds) * 1000 / pairs;
                var postgres = all.Sum(r => r.PostgresSeconds ?? 0) * 1000 / pairs;
                var ratio = "";
                var perRound = "";
                if (path != paths[0])
                {
                    var both = baseline.Sum(r => r.Both * r.Pairs) / baseline.Sum(r => r.Pairs);
                    ratio = ((process + postgres) / both).ToString("0.00", Inv);
                    var ratios = baseline.Zip(PerRound(path, concurrency), (b, p) => p.Both / b.Both).Order().ToList();
                    perRound = $"{Load.Percentile(ratios, 0.5).ToString("0.00", Inv)} ({ratios[0].ToString("0.00", Inv)}-{ratios[^1].ToString("0.00", Inv)})";
                }

                report.AppendLine(Inv,
                    $"| {path} | {concurrency.ToString(Inv)} | {process.ToString("0.00", Inv)} | {postgres.ToString("0.00", Inv)} | "
                    + $"{(process + postgres).ToString("0.00", Inv)} | {ratio} | {perRound} |");
            }
        }
    }

    /// <summary>Per round: both CPUs' ms per pair, and the pairs.</summary>
    private List<(double Both, int Pairs)> PerRound(string path, int concurrency) =>
        [.. rounds[(path, concurrency)].Select(r => (((r.ProcessSeconds + (r.PostgresSeconds ?? 0)) * 1000) / r.Pairs, r.Pairs))];
}
