using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Security;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>
/// Register+login throughput through the full API (mediator pipeline) against bare minimal-API endpoints doing
/// the same inserts. Usage: <c>dotnet run -c Release --project bench/Pixyer.Bench -- [options]</c>; see README.md.
/// </summary>
internal static class BenchMain
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly BenchPath[] Paths = [BenchPath.Pipeline, BenchPath.Bare, BenchPath.BareOneRequest];

    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message + "\n" + BenchOptions.Usage);
            return 2;
        }

        // WebApplicationFactory looks for MvcTestingAppManifest.json (the API's content root) in the working folder.
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "pixyer-bench-data-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDirectory);
        PostgresServer? postgres = null;
        try
        {
            var connectionString = Environment.GetEnvironmentVariable("PIXYER_BENCH_DB");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                Console.WriteLine($"Starting a throwaway PostgreSQL from {options.PostgresBinaries} ...");
                postgres = await PostgresServer.StartAsync("pixyer_bench", durable: true, options.PostgresBinaries);
                connectionString = postgres.ConnectionString + ";Maximum Pool Size=64";
                Console.WriteLine($"PostgreSQL on 127.0.0.1:{postgres.Port.ToString(Inv)}");
            }
            else
            {
                Console.WriteLine("Using the database of PIXYER_BENCH_DB (rows are added, none removed).");
            }

            // Environment variables outrank appsettings.json, and Program reads its configuration before Build().
            Environment.SetEnvironmentVariable("ConnectionStrings__Pixyer", connectionString);
            Environment.SetEnvironmentVariable("Pixyer__DataDirectory", dataDirectory);
            Environment.SetEnvironmentVariable("Pixyer__Jobs__Enabled", "false");
            Environment.SetEnvironmentVariable("Pixyer__Http__RegistrationsPerMinute", "1000000");
            Environment.SetEnvironmentVariable("Pixyer__Http__LoginRequestsPerMinute", "1000000");
            // The pipeline's logging behavior still runs; its lines are just not printed over the table.
            Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");

            var report = new StringBuilder();
            report.AppendLine(Inv, $"Pixyer register+login bench, {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}")
                .AppendLine()
                .AppendLine(Inv, $"{Environment.ProcessorCount.ToString(Inv)} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}, ")
                .AppendLine(Inv, $"server GC {GCSettings.IsServerGC}, PostgreSQL {(postgres is null ? "from PIXYER_BENCH_DB" : "15, throwaway, default settings (fsync on)")}; ")
                .AppendLine(Inv, $"{options.Rounds.ToString(Inv)} interleaved rounds per cell after {options.Warmup.TotalSeconds.ToString(Inv)} s warm-up per cell.");
            foreach (var scenario in options.Scenarios)
            {
                await RunScenarioAsync(scenario, options, report);
            }

            Console.WriteLine();
            Console.WriteLine(report.ToString());
            if (options.OutputFile is { } file)
            {
                await File.WriteAllTextAsync(file, report.ToString());
                Console.WriteLine($"Written to {file}");
            }

            return 0;
        }
        finally
        {
            if (postgres is not null)
            {
                await postgres.DisposeAsync();
                Console.WriteLine("PostgreSQL stopped and removed.");
            }

            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task RunScenarioAsync(string scenario, BenchOptions options, StringBuilder report)
    {
        var fast = scenario == "fast";
        var window = options.WindowFor(scenario);
        Console.WriteLine($"\n== Scenario {scenario}: starting the API in process ...");
        var counter = new SqlCounter();
        await using var api = new BenchApi(counter, fast);
        var clients = Enumerable.Range(0, options.Concurrency.Max()).Select(_ => api.NewClient()).ToArray();
        try
        {
            using (var scope = api.Services.CreateScope())
            {
                var provider = scope.ServiceProvider.GetRequiredService<PixyerDbContext>().Provider;
                if (provider != DatabaseProvider.PostgreSql)
                {
                    throw new InvalidOperationException($"The API runs on {provider}, not on the bench's PostgreSQL.");
                }
            }

            await BenchPath.CheckSameHttpStackAsync(clients[0]);
            var hasher = api.Services.GetRequiredService<IPasswordHasher>();
            var loadBefore = LoadAverage();
            foreach (var concurrency in options.Concurrency)
            {
                foreach (var path in Paths)
                {
                    Console.WriteLine($"   warm-up {path.Name} x{concurrency.ToString(Inv)}");
                    await Load.RunAsync(path, clients, concurrency, options.Warmup);
                }
            }

            var (hashMs, verifyMs) = TimeHasher(hasher);
            var results = new Dictionary<(string Path, int Concurrency), Cell>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                foreach (var concurrency in options.Concurrency)
                {
                    // Interleaved, so that drift (disk, autovacuum, table growth, other load) hits every path alike.
                    foreach (var path in Paths)
                    {
                        var before = counter.Snapshot();
                        var result = await Load.RunAsync(path, clients, concurrency, window);
                        var after = counter.Snapshot();
                        if (!results.TryGetValue((path.Name, concurrency), out var cell))
                        {
                            results[(path.Name, concurrency)] = cell = new Cell();
                        }

                        cell.Add(result, before, after);
                        Console.WriteLine(
                            $"   round {round.ToString(Inv)} {path.Name,-9} x{concurrency.ToString(Inv)}: {result.OpsPerSecond.ToString("0.0", Inv)} pairs/s");
                    }
                }
            }

            report.AppendLine()
                .AppendLine(Inv, $"### Scenario `{scenario}`: {hasher.GetType().Name}")
                .AppendLine()
                .AppendLine(Inv, $"One hash {hashMs.ToString("0.00", Inv)} ms, one verification {verifyMs.ToString("0.00", Inv)} ms (median of 10, one thread; a pair needs both). ")
                .AppendLine(Inv, $"Rounds of {window.TotalSeconds.ToString(Inv)} s; load average before/after: {loadBefore} / {LoadAverage()}.")
                .AppendLine();
            WriteThroughput(report, options.Concurrency, results);
            foreach (var concurrency in options.Concurrency)
            {
                WriteSql(report, concurrency, results);
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private static void WriteThroughput(StringBuilder report, IReadOnlyList<int> concurrencies, Dictionary<(string, int), Cell> results)
    {
        // Ratio of means, and the median (range) of the per-round ratios: each round runs the paths back to back,
        // so a per-round ratio compares runs that saw the same background load.
        report.AppendLine("| path | clients | pairs/s (mean) | rounds min-max | p50 ms | p95 ms | pipeline / path | per-round ratio, median (min-max) |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var concurrency in concurrencies)
        {
            var pipeline = results[(BenchPath.Pipeline.Name, concurrency)];
            foreach (var path in Paths)
            {
                var cell = results[(path.Name, concurrency)];
                var latencies = cell.Rounds.SelectMany(r => r.LatenciesMs).Order().ToList();
                var ratio = "";
                var perRound = "";
                if (path != BenchPath.Pipeline)
                {
                    ratio = (pipeline.OpsPerSecond / cell.OpsPerSecond).ToString("0.00", Inv);
                    var ratios = pipeline.Rounds.Zip(cell.Rounds, (p, b) => p.OpsPerSecond / b.OpsPerSecond).Order().ToList();
                    perRound = $"{Load.Percentile(ratios, 0.5).ToString("0.00", Inv)} ({ratios[0].ToString("0.00", Inv)}-{ratios[^1].ToString("0.00", Inv)})";
                }

                report.AppendLine(Inv,
                    $"| {path.Name} | {concurrency.ToString(Inv)} | {cell.OpsPerSecond.ToString("0.0", Inv)} | "
                    + $"{cell.Rounds.Min(r => r.OpsPerSecond).ToString("0.0", Inv)}-{cell.Rounds.Max(r => r.OpsPerSecond).ToString("0.0", Inv)} | "
                    + $"{Load.Percentile(latencies, 0.50).ToString("0.0", Inv)} | {Load.Percentile(latencies, 0.95).ToString("0.0", Inv)} | {ratio} | {perRound} |");
            }
        }
    }

    /// <summary>Per pair: how many of each statement the path sent and the time EF Core waited for them.</summary>
    private static void WriteSql(StringBuilder report, int concurrency, Dictionary<(string, int), Cell> results)
    {
        var cells = Paths.Select(p => results[(p.Name, concurrency)]).ToArray();
        var kinds = cells.SelectMany(c => c.Sql.Keys).Distinct()
            .OrderBy(k => k == SqlCounter.Commit ? 1 : 0).ThenBy(k => k, StringComparer.Ordinal).ToList();
        report.AppendLine()
            .AppendLine(Inv, $"SQL per pair at {concurrency.ToString(Inv)} client(s): count x mean ms (EF Core's timing, lock waits included)")
            .AppendLine()
            .AppendLine("| statement | " + string.Join(" | ", Paths.Select(p => p.Name)) + " |")
            .AppendLine("| --- |" + string.Concat(Paths.Select(_ => " ---: |")));
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

        report.Append("| **all SQL, ms per pair** |");
        foreach (var cell in cells)
        {
            report.Append(Inv, $" **{(cell.Sql.Values.Sum(s => s.Time.TotalMilliseconds) / cell.Finished).ToString("0.0", Inv)}** |");
        }

        report.AppendLine();
    }

    /// <summary>Median of ten, so that a burst of other load on the machine does not skew it.</summary>
    private static (double HashMs, double VerifyMs) TimeHasher(IPasswordHasher hasher)
    {
        const string password = "Correct-Horse-42!";
        var hash = hasher.Hash(password);
        hasher.Verify(hash, password);
        var hashes = new List<double>();
        var verifications = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            hash = hasher.Hash(password);
            hashes.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = System.Diagnostics.Stopwatch.GetTimestamp();
            hasher.Verify(hash, password);
            verifications.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return (Load.Percentile([.. hashes.Order()], 0.5), Load.Percentile([.. verifications.Order()], 0.5));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The rounds of one path at one client count, and the SQL they sent.</summary>
    private sealed class Cell
    {
        public List<RoundResult> Rounds { get; } = [];

        public Dictionary<string, (long Count, TimeSpan Time)> Sql { get; } = [];

        public int Finished => Rounds.Sum(r => r.Finished);

        public double OpsPerSecond => Rounds.Average(r => r.OpsPerSecond);

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
}
