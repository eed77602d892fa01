using System.Globalization;
using System.Text;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>consent-put</c> (issue 12): audited consent changes per second at 1, 4 and 16 clients
/// (<see cref="ConsentPuts"/>), now that an audit entry is one more unsequenced insert without a lock. Per client
/// count: throughput, p50/p99 latency, the CPU of this process, of PostgreSQL and of the machine, and what the
/// server's sessions were doing (<see cref="ServerProbe"/>): the old audit chain kept 10-14 of them waiting on its
/// advisory lock. The sequencer does not run (jobs off), as in the old measurement.
/// </summary>
internal static class ConsentPutBench
{
    public const string Scenario = "consent-put";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        var concurrencies = options.ConcurrencyFor(Scenario);
        var window = options.WindowFor(Scenario);
        Console.WriteLine($"\n== Scenario {Scenario}: starting the API in process ...");
        var counter = new SqlCounter();
        await using var api = new BenchApi(counter, fastHasher: true);
        api.EnsurePostgreSql();
        using var puts = await ConsentPuts.SignUpAsync(api, concurrencies.Max());
        var probe = await ServerProbe.StartAsync(AnonymizeBench.ConnectionString(api.Services));
        var measured = concurrencies.ToDictionary(c => c, _ => new List<(CpuUse Cpu, Sessions Sessions)>());
        var warmedUp = false;
        var loadBefore = Report.LoadAverage();
        var results = await Rounds.RunAsync(
            [Scenario], concurrencies, options.Warmup, options.RoundsFor(Scenario), window, counter, "requests",
            async (_, concurrency, time) =>
            {
                var (result, _, cpu, sessions) = await probe.MeasureAsync(() => puts.RunAsync(concurrency, time));
                if (warmedUp)
                {
                    measured[concurrency].Add((cpu, sessions));
                }

                return result;
            },
            afterWarmUp: () => warmedUp = true);

        var cells = concurrencies.Select(c => (Clients: c, Cell: results[(Scenario, c)], Cpu: measured[c].Select(m => m.Cpu).ToList(), Sessions: Sessions.Sum([.. measured[c].Select(m => m.Sessions)]))).ToList();
        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{Scenario}`: audited `PUT {ConsentPuts.Path}`")
            .AppendLine()
            .AppendLine(Inv, $"`{{\"granted\": true}}` and `false` in turn, one signed-in account per client (bearer token); the sequencer does not run. ")
            .AppendLine(Inv, $"{options.RoundsFor(Scenario).ToString(Inv)} rounds of {window.TotalSeconds.ToString(Inv)} s per client count, interleaved; load average before/after: {loadBefore} / {Report.LoadAverage()}. ")
            .AppendLine(Inv, $"CPU in cores (1.0 = one core busy all the round; the machine has {Environment.ProcessorCount.ToString(Inv)}), mean of the rounds: this process is the API and the bench's")
            .AppendLine("clients; PostgreSQL is the postmaster and all its children; the machine counts everyone's load. Sessions: the bench database's")
            .AppendLine(Inv, $"client sessions not idle, from `pg_stat_activity` every {ServerProbe.SampleEvery.TotalMilliseconds.ToString(Inv)} ms, mean per sample.")
            .AppendLine()
            .AppendLine("| clients | requests/s (mean) | rounds min-max | p50 ms | p99 ms | this process, cores | PostgreSQL, cores | machine, cores | sessions not idle | waiting on a lock: mean (most at once) |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (clients, cell, cpu, sessions) in cells)
        {
            var latencies = cell.SortedLatenciesMs();
            report.AppendLine(Inv,
                $"| {clients.ToString(Inv)} | {cell.OpsPerSecond.ToString("0.0", Inv)} | {cell.Rounds.Min(r => r.OpsPerSecond).ToString("0", Inv)}-{cell.Rounds.Max(r => r.OpsPerSecond).ToString("0", Inv)} | "
                + $"{Load.Percentile(latencies, 0.50).ToString("0.0", Inv)} | {Load.Percentile(latencies, 0.99).ToString("0.0", Inv)} | "
                + $"{Cores(cpu.Average(c => c.Process))} | {Cores(cpu.Average(c => c.Postgres))} | {Cores(cpu.Average(c => c.Machine))} | "
                + $"{sessions.Busy.ToString("0.00", Inv)} | {sessions.WaitingOnLock.ToString("0.00", Inv)} ({sessions.MostWaitingOnLock.ToString(Inv)}) |");
        }

        WriteSessions(report, [.. cells.Select(c => ($"{c.Clients.ToString(Inv)} clients", c.Sessions))]);
        Report.WriteSql(report, "SQL per request", [.. cells.Select(c => ($"{c.Clients.ToString(Inv)} clients", c.Cell))], "request");
    }

    /// <summary>What the server's sessions were doing: mean sessions per sample in each state or wait, one column per label.</summary>
    internal static void WriteSessions(StringBuilder report, IReadOnlyList<(string Label, Sessions Sessions)> columns)
    {
        var states = columns.SelectMany(c => c.Sessions.Counts.Keys).Distinct()
            .OrderByDescending(state => columns.Max(c => c.Sessions.Mean(state))).ToList();
        report.AppendLine()
            .AppendLine("Sessions by state or wait event (mean per sample; `running`: active, no wait event):")
            .AppendLine()
            .AppendLine("| state or wait | " + string.Join(" | ", columns.Select(c => c.Label)) + " |")
            .AppendLine("| --- |" + string.Concat(columns.Select(_ => " ---: |")));
        foreach (var state in states)
        {
            report.AppendLine("| " + state + " | " + string.Join(" | ", columns.Select(c => c.Sessions.Mean(state).ToString("0.00", Inv))) + " |");
        }

        report.AppendLine("| samples | " + string.Join(" | ", columns.Select(c => c.Sessions.Samples.ToString(Inv))) + " |");
    }

    internal static string Cores(double? cores) => cores is { } c ? c.ToString("0.00", Inv) : "n/a";
}
