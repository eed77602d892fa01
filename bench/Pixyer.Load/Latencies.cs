using System.Globalization;
using System.Text;

namespace Pixyer.Load;

/// <summary>Throughput, latency percentiles and status counts of a run's samples, overall and per operation.</summary>
internal static class Latencies
{
    public static void WriteTo(StringBuilder report, IReadOnlyCollection<Sample> samples, TimeSpan duration)
    {
        report.AppendLine("| operation | requests | requests/s | p50 ms | p95 ms | p99 ms | 5xx | no answer | other non-2xx |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var group in samples.GroupBy(s => s.Operation).OrderBy(g => g.Key, StringComparer.Ordinal).Append(samples.GroupBy(_ => "**all**").Single()))
        {
            var sorted = group.Select(s => s.Milliseconds).Order().ToList();
            var others = string.Join(", ", group.Where(s => s.Status is >= 300 and < 500).GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} ×{g.Count()}"));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {group.Key} | {sorted.Count} | {sorted.Count / duration.TotalSeconds:0.0} | {Rank(sorted, 0.50):0.0} | {Rank(sorted, 0.95):0.0} | {Rank(sorted, 0.99):0.0} | "
                + $"{group.Count(s => s.Status >= 500)} | {group.Count(s => s.Status == 0)} | {others} |");
        }

        report.AppendLine();
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Rank(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
