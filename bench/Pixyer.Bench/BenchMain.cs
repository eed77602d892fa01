using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Api.IntegrationTests.Infrastructure;
using Pixyer.Application.Common.Security;

namespace Pixyer.Bench;

/// <summary>
/// Register+login throughput through the full API (mediator pipeline) against bare minimal-API endpoints doing
/// the same inserts (scenarios pbkdf2, fast), the consent check's cost (scenario consent, <see cref="ConsentBench"/>),
/// image upload ingest (scenario ingest, <see cref="IngestBench"/>) and the image renderer's throughput (scenario
/// render, <see cref="RenderBench"/>) and the data export against copying the same files (scenario export,
/// <see cref="ExportBench"/>) and retention anonymization against one hand-written UPDATE (scenario anonymize,
/// <see cref="AnonymizeBench"/>), the physical reclaim after erasure on both providers (scenario erasure,
/// <see cref="ErasureBench"/>) and wrong-password logins on SQLite (scenario login-sqlite, <see cref="LoginSqliteBench"/>);
/// issue 12's audit log: register+login audited against unaudited (scenario audit, <see cref="AuditBench"/>), audited
/// consent PUTs (scenario consent-put, <see cref="ConsentPutBench"/>), the sequencer's rate and delay (scenarios
/// sequencer and sequencer-delay, <see cref="SequencerBench"/>, <see cref="SequencerDelayBench"/>); issue 14's idempotent
/// subscribe under duplicate requests on both providers (scenario subscribe, <see cref="SubscribeBench"/>).
/// Usage: <c>dotnet run -c Release --project bench/Pixyer.Bench -- [options]</c>; see README.md.
/// </summary>
internal static class BenchMain
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly BenchPath[] Paths = [BenchPath.Pipeline, BenchPath.Bare, BenchPath.BareOneRequest];

    /// <summary>The scenarios with a class of their own; pbkdf2 and fast are <see cref="RunScenarioAsync"/>'s.</summary>
    internal static readonly Dictionary<string, Func<BenchOptions, StringBuilder, Task>> Scenarios = new()
    {
        [ConsentBench.Scenario] = ConsentBench.RunAsync,
        [IngestBench.Scenario] = IngestBench.RunAsync,
        [RenderBench.Scenario] = RenderBench.RunAsync,
        [ExportBench.Scenario] = ExportBench.RunAsync,
        [ExportBench.S3Scenario] = ExportBench.RunOnS3Async,
        [AnonymizeBench.Scenario] = AnonymizeBench.RunAsync,
        [ErasureBench.Scenario] = ErasureBench.RunAsync,
        [LoginSqliteBench.Scenario] = LoginSqliteBench.RunAsync,
        [AuditBench.Scenario] = AuditBench.RunAsync,
        [ConsentPutBench.Scenario] = ConsentPutBench.RunAsync,
        [SequencerBench.Scenario] = SequencerBench.RunAsync,
        [SequencerDelayBench.Scenario] = SequencerDelayBench.RunAsync,
        [SubscribeBench.Scenario] = SubscribeBench.RunAsync,
    };

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
            // The render scenario calls the renderer directly, the SQLite ones use a file of their own: they need no server.
            var needsDatabase = options.NeedsPostgres;
            if (!needsDatabase)
            {
                Console.WriteLine("No scenario on PostgreSQL: no server.");
            }
            else if (string.IsNullOrWhiteSpace(connectionString))
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
            report.AppendLine(Inv, $"Pixyer bench ({string.Join(", ", options.Scenarios)}), {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}")
                .AppendLine()
                .AppendLine(Inv, $"{Environment.ProcessorCount.ToString(Inv)} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}, ")
                .AppendLine(Inv, $"server GC {GCSettings.IsServerGC}, PostgreSQL {(!needsDatabase ? "not used" : postgres is null ? "from PIXYER_BENCH_DB" : "15, throwaway, default settings (fsync on)")}; ")
                .AppendLine(Inv, $"SQLite {(options.UsesSqlite ? $"{SqliteSeed.Version()}, the API's embedded default (a fresh file per scenario in a temp folder)" : "not used")}; ")
                .AppendLine(Inv, $"Interleaved rounds per cell: {string.Join(", ", options.Scenarios.Select(s => $"{s} {options.RoundsFor(s).ToString(Inv)}"))}; after {options.Warmup.TotalSeconds.ToString(Inv)} s warm-up per cell (render: one warm-up render per cell; ingest: its own, see its section).");
            foreach (var scenario in options.Scenarios)
            {
                await (Scenarios.TryGetValue(scenario, out var run) ? run(options, report) : RunScenarioAsync(scenario, options, report));
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

    private static Task RunScenarioAsync(string scenario, BenchOptions options, StringBuilder report) =>
        RunPairsAsync(
            new PairComparison(scenario, FastHasher: scenario == "fast", Paths, CheckAsync: (_, client) => BenchPath.CheckSameHttpStackAsync(client)),
            options,
            report);

    /// <summary>
    /// Register+login pairs by every path of <paramref name="comparison"/> in one API process, in interleaved rounds at
    /// each client count; the report compares the first path with each other one.
    /// </summary>
    internal static async Task RunPairsAsync(PairComparison comparison, BenchOptions options, StringBuilder report)
    {
        var scenario = comparison.Scenario;
        var window = options.WindowFor(scenario);
        Console.WriteLine($"\n== Scenario {scenario}: starting the API in process ...");
        var counter = new SqlCounter();
        await using var api = new BenchApi(counter, comparison.FastHasher, comparison.ConfigureServices);
        var clients = Enumerable.Range(0, options.Concurrency.Max()).Select(_ => api.NewClient()).ToArray();
        try
        {
            api.EnsurePostgreSql();
            if (comparison.CheckAsync is { } check)
            {
                await check(api, clients[0]);
            }

            var hasher = api.Services.GetRequiredService<IPasswordHasher>();
            var probe = comparison.MeasureCpu ? await ServerProbe.StartAsync(AnonymizeBench.ConnectionString(api.Services)) : null;
            var cpu = new PairCpu();
            var loadBefore = Report.LoadAverage();
            var names = comparison.Paths.Select(p => p.Name).ToList();
            var (hashMs, verifyMs) = (0.0, 0.0);
            var results = await Rounds.RunAsync(
                names, options.Concurrency, options.Warmup, options.RoundsFor(scenario), window, counter, "pairs",
                async (name, concurrency, time) =>
                {
                    var path = comparison.Paths.Single(p => p.Name == name);
                    comparison.BeforeRound?.Invoke(path);
                    if (probe is null)
                    {
                        return await Load.RunAsync(path, clients, concurrency, time);
                    }

                    var (round, elapsed, use, _) = await probe.MeasureAsync(() => Load.RunAsync(path, clients, concurrency, time), sampleSessions: false);
                    cpu.Add(name, concurrency, round, elapsed, use);
                    return round;
                },
                afterWarmUp: () =>
                {
                    (hashMs, verifyMs) = TimeHasher(hasher);
                    cpu.Clear();
                },
                rotate: comparison.Rotate);

            report.AppendLine()
                .AppendLine(Inv, $"### Scenario `{scenario}`: {hasher.GetType().Name}")
                .AppendLine()
                .Append(comparison.Summary is { } summary ? summary + " " + Environment.NewLine : "")
                .AppendLine(Inv, $"One hash {hashMs.ToString("0.00", Inv)} ms, one verification {verifyMs.ToString("0.00", Inv)} ms (median of 10, one thread; a pair needs both). ")
                .AppendLine(Inv, $"Rounds of {window.TotalSeconds.ToString(Inv)} s; load average before/after: {loadBefore} / {Report.LoadAverage()}.")
                .AppendLine();
            Report.WriteThroughput(report, names, names[0], options.Concurrency, results, "pairs");
            if (probe is not null)
            {
                cpu.Write(report, names, options.Concurrency);
            }

            foreach (var concurrency in options.Concurrency)
            {
                Report.WriteSql(report, names, concurrency, results, "pair");
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

    /// <summary>Median of ten, so that a burst of other load on the machine does not skew it.</summary>
    internal static (double HashMs, double VerifyMs) TimeHasher(IPasswordHasher hasher)
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
}

/// <summary>
/// A register+login comparison (<see cref="BenchMain.RunPairsAsync"/>): its paths, the first one the baseline of the
/// ratios; what the scenario adds to the API's services; a check of its premise before the rounds; what to set before
/// each round of a path; a sentence for the report; whether the order of the paths rotates from round to round; and
/// whether the CPU time each pair costs this process and PostgreSQL is measured (<see cref="PairCpu"/>).
/// </summary>
internal sealed record PairComparison(
    string Scenario,
    bool FastHasher,
    IReadOnlyList<BenchPath> Paths,
    Action<IServiceCollection>? ConfigureServices = null,
    Func<BenchApi, HttpClient, Task>? CheckAsync = null,
    Action<BenchPath>? BeforeRound = null,
    string? Summary = null,
    bool Rotate = false,
    bool MeasureCpu = false);
