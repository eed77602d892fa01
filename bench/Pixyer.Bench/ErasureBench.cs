using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixyer.Infrastructure;
using Pixyer.Infrastructure.Jobs;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>erasure</c> (issue 11): what the physical reclaim after each erasure commit adds to the retention
/// anonymization of 10,000 expired accounts, on PostgreSQL (<c>VACUUM</c> of the erased tables) and on the embedded
/// SQLite default (<c>PRAGMA wal_checkpoint(TRUNCATE)</c>; its connections also run with <c>secure_delete</c>). The
/// same seed as <see cref="AnonymizeBench"/> (accounts with sessions, consent events and access-log rows), then the
/// real job loop (<see cref="ExpiredAccountsAnonymizer"/>); <see cref="ReclaimProbe"/> times every ReclaimAsync and,
/// in the comparison runs, makes it a no-op. Each run seeds the same rows again first; the variants alternate round by
/// round, in a rotating order, at each batch size.
/// </summary>
internal static class ErasureBench
{
    public const string Scenario = "erasure";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly Variant Production = new("reclaim", Reclaims: true, SecureDelete: true);
    private static readonly Variant NoReclaim = new("no-op reclaim", Reclaims: false, SecureDelete: true);
    private static readonly Variant NoSecureDelete = new("no-op reclaim, secure_delete off", Reclaims: false, SecureDelete: false);

    private sealed record Variant(string Name, bool Reclaims, bool SecureDelete);

    private sealed record Run(
        int Batch, int Round, Variant Variant, double Seconds, ReclaimStats Reclaim, Dictionary<string, (long Count, TimeSpan Time)> Sql, long WalBytes)
    {
        public double SqlSeconds => Sql.Values.Sum(s => s.Time.TotalSeconds);
    }

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        foreach (var provider in options.Providers)
        {
            await RunAsync(provider == BenchOptions.SqliteProvider, options, report);
        }
    }

    private static async Task RunAsync(bool sqlite, BenchOptions options, StringBuilder report)
    {
        var accounts = options.AccountsFor(Scenario);
        var batches = options.ErasureBatches();
        var rounds = options.RoundsFor(Scenario);
        var name = sqlite ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"\n== Scenario {Scenario} on {name}: starting the API in process ...");
        var counter = new SqlCounter();
        var probe = new ReclaimProbe();
        await using var api = sqlite
            ? BenchApi.OnSqlite(counter, fastHasher: true, probe.Register)
            : new BenchApi(counter, fastHasher: true, probe.Register);
        BenchDatabase database;
        if (sqlite)
        {
            api.EnsureSqlite();
            database = new SqliteBenchDatabase(api.SqliteConnectionString());
        }
        else
        {
            api.EnsurePostgreSql();
            database = new PostgresBenchDatabase(AnonymizeBench.ConnectionString(api.Services));
        }

        // The job reads its batch size from the options on every run; the bench sets it between batch sizes.
        var jobs = api.Services.GetRequiredService<IOptions<InfrastructureOptions>>().Value.Jobs;
        var anonymizer = api.Services.GetRequiredService<ExpiredAccountsAnonymizer>();
        Variant[] variants = sqlite ? [Production, NoReclaim, NoSecureDelete] : [Production, NoReclaim];
        var loadBefore = Report.LoadAverage();
        var runs = new List<Run>();
        AnonymizeBench.Seeded? seeded = null;
        foreach (var batch in batches)
        {
            jobs.AnonymizationBatchSize = batch;
            // Round 0 warms every variant up (JIT, pools, page cache) and is not reported.
            for (var round = batch == batches[0] ? 0 : 1; round <= rounds; round++)
            {
                var first = round % variants.Length;
                foreach (var variant in variants.Skip(first).Concat(variants.Take(first)))
                {
                    seeded = await database.SeedAsync(accounts, options.RelatedRows);
                    var run = await MeasureAsync(api, database, anonymizer, probe, counter, accounts, batch, round, variant);
                    Console.WriteLine(
                        $"   batch {batch.ToString(Inv)}, round {round.ToString(Inv)}, {variant.Name}: {run.Seconds.ToString("0.00", Inv)} s, "
                        + $"{run.Reclaim.Calls.ToString(Inv)} reclaims, {run.Reclaim.Time.TotalSeconds.ToString("0.00", Inv)} s in them{(round == 0 ? " (warm-up)" : "")}");
                    if (round > 0)
                    {
                        runs.Add(run);
                    }
                }
            }
        }

        WriteReport(report, sqlite, accounts, rounds, seeded!, loadBefore, variants, batches, runs, counter);
    }

    private static async Task<Run> MeasureAsync(
        BenchApi api, BenchDatabase database, ExpiredAccountsAnonymizer anonymizer, ReclaimProbe probe, SqlCounter counter,
        int accounts, int batch, int round, Variant variant)
    {
        probe.Start(variant.Reclaims, variant.SecureDelete);
        if (api.SqliteFile is not null)
        {
            await EnsureSecureDeleteAsync(api.Services, variant.SecureDelete);
        }

        var sqlBefore = counter.Snapshot();
        var started = Stopwatch.GetTimestamp();
        var anonymized = await anonymizer.RunAsync(CancellationToken.None);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var reclaim = probe.Stop();
        var sql = counter.Since(sqlBefore);
        var wal = api.SqliteFile is { } file && File.Exists(file + "-wal") ? new FileInfo(file + "-wal").Length : 0;
        var left = await database.LeftAsync();
        if (anonymized != accounts || left != 0)
        {
            throw new InvalidOperationException($"Expected {accounts} accounts anonymized and nothing left: {anonymized} anonymized, {left} rows left.");
        }

        return new Run(batch, round, variant, seconds, reclaim, sql, wal);
    }

    /// <summary>The premise of the secure_delete comparison: a connection the API opens now has the setting the run asks for.</summary>
    private static async Task EnsureSecureDeleteAsync(IServiceProvider services, bool expected)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA secure_delete;";
            var actual = Convert.ToInt64(await command.ExecuteScalarAsync(), Inv) != 0;
            if (actual != expected)
            {
                throw new InvalidOperationException($"secure_delete is {actual} on the API's connection, the run expects {expected}.");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void WriteReport(
        StringBuilder report, bool sqlite, int accounts, int rounds, AnonymizeBench.Seeded seeded, string loadBefore,
        Variant[] variants, IReadOnlyList<int> batches, List<Run> runs, SqlCounter counter)
    {
        var name = sqlite ? "SQLite (embedded default)" : "PostgreSQL";
        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{Scenario}` on {name}: {accounts.ToString("N0", Inv)} expired accounts")
            .AppendLine()
            .AppendLine(Inv, $"Each run first seeds the same rows again ({seeded.Seconds.ToString("0.0", Inv)} s, untimed): every account inactive for 25 months; {seeded.Sessions.ToString("N0", Inv)} sessions, ")
            .AppendLine(Inv, $"{seeded.Consents.ToString("N0", Inv)} consent events and {seeded.AccessLog.ToString("N0", Inv)} access-log rows spread over a tenth to a fifth of them; then the real job loop ")
            .AppendLine("(`ExpiredAccountsAnonymizer.RunAsync`: one `AnonymizeExpiredAccountsCommand` per batch through the mediator pipeline, one transaction each, ")
            .AppendLine("then the committed hooks). `reclaim`: production, `IPhysicalErasure.ReclaimAsync` after each batch's commit, ")
            .AppendLine(sqlite
                ? "`PRAGMA wal_checkpoint(TRUNCATE)` (connections with `secure_delete=ON`). `no-op reclaim`: the same loop with ReclaimAsync returning at once. `no-op reclaim, secure_delete off`: also every API connection with `secure_delete=OFF` (checked on a fresh connection before the run). "
                : $"`{counter.SampleOf("VACUUM") ?? "VACUUM ..."}`. `no-op reclaim`: the same loop with ReclaimAsync returning at once. ")
            .AppendLine(Inv, $"{rounds.ToString(Inv)} rounds per batch size after one unreported warm-up round; the variants alternate in a rotating order. ")
            .AppendLine("`reclaim − variant`: the median (min-max) over the rounds of the reclaim run's loop time minus this variant's in the same round. ")
            .AppendLine(Inv, $"Load average before/after: {loadBefore} / {Report.LoadAverage()}.")
            .AppendLine()
            .AppendLine("| batch | variant | loop s, mean (min-max) | accounts/s | ReclaimAsync calls | s in ReclaimAsync (mean) | ms per call, mean / max | share of the loop | reclaim − variant, s | all SQL s |" + (sqlite ? " WAL after, MB |" : ""))
            .AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" + (sqlite ? " ---: |" : ""));
        foreach (var batch in batches)
        {
            var reference = runs.Where(r => r.Batch == batch && r.Variant == Production).OrderBy(r => r.Round).ToList();
            foreach (var variant in variants)
            {
                var cell = runs.Where(r => r.Batch == batch && r.Variant == variant).OrderBy(r => r.Round).ToList();
                var seconds = cell.Average(r => r.Seconds);
                var calls = cell.Average(r => r.Reclaim.Calls);
                var inReclaim = cell.Average(r => r.Reclaim.Time.TotalSeconds);
                var difference = "";
                if (variant != Production)
                {
                    var differences = reference.Zip(cell, (p, v) => p.Seconds - v.Seconds).Order().ToList();
                    difference = $"{Signed(Load.Percentile(differences, 0.5))} ({Signed(differences[0])} to {Signed(differences[^1])})";
                }

                var unfinished = cell.Average(r => r.Reclaim.Unfinished);
                var wal = sqlite ? $" {(cell.Average(r => r.WalBytes) / 1_000_000).ToString("0.0", Inv)} |" : "";
                report.AppendLine(Inv,
                    $"| {batch.ToString("N0", Inv)} | {variant.Name} | {seconds.ToString("0.00", Inv)} ({cell.Min(r => r.Seconds).ToString("0.00", Inv)}-{cell.Max(r => r.Seconds).ToString("0.00", Inv)}) | "
                    + $"{(accounts / seconds).ToString("N0", Inv)} | {calls.ToString("0.#", Inv)}{(unfinished > 0 ? $" ({unfinished.ToString("0.#", Inv)} said busy)" : "")} | "
                    + $"{(variant.Reclaims ? inReclaim.ToString("0.000", Inv) : "no-op")} | "
                    + $"{(variant.Reclaims ? $"{(inReclaim * 1000 / calls).ToString("0.0", Inv)} / {cell.Max(r => r.Reclaim.Slowest.TotalMilliseconds).ToString("0.0", Inv)}" : "")} | "
                    + $"{(variant.Reclaims ? (cell.Average(r => r.Reclaim.Time.TotalSeconds / r.Seconds) * 100).ToString("0.0", Inv) + " %" : "")} | {difference} | "
                    + $"{cell.Average(r => r.SqlSeconds).ToString("0.00", Inv)} |{wal}");
            }
        }

        foreach (var batch in batches)
        {
            WriteStatements(report, batch, variants, runs);
        }
    }

    /// <summary>Where each variant's SQL time went at one batch size: the statement kinds that took longest, per run.</summary>
    private static void WriteStatements(StringBuilder report, int batch, Variant[] variants, List<Run> runs)
    {
        var cells = variants.Select(v => runs.Where(r => r.Batch == batch && r.Variant == v).ToList()).ToList();
        double Seconds(List<Run> cell, string kind) => cell.Average(r => r.Sql.GetValueOrDefault(kind).Time.TotalSeconds);
        var kinds = cells.SelectMany(c => c.SelectMany(r => r.Sql.Keys)).Distinct()
            .OrderByDescending(kind => cells.Max(c => Seconds(c, kind)))
            .Take(8)
            .ToList();
        report.AppendLine()
            .AppendLine(Inv, $"Batches of {batch.ToString("N0", Inv)}: the statement kinds EF Core waited longest for, per run (mean count / s; lock waits included):")
            .AppendLine()
            .AppendLine("| statement | " + string.Join(" | ", variants.Select(v => v.Name)) + " |")
            .AppendLine("| --- |" + string.Concat(variants.Select(_ => " ---: |")));
        foreach (var kind in kinds)
        {
            var row = string.Join(" | ", cells.Select(c =>
                $"{c.Average(r => r.Sql.GetValueOrDefault(kind).Count).ToString("0.#", Inv)} / {Seconds(c, kind).ToString("0.000", Inv)}"));
            report.AppendLine(Inv, $"| {kind} | {row} |");
        }
    }

    /// <summary>Two decimals with a sign; a difference that rounds to zero shows as +0.00.</summary>
    private static string Signed(double seconds)
    {
        var rounded = Math.Round(seconds, 2);
        return (rounded < 0 ? "-" : "+") + Math.Abs(rounded).ToString("0.00", Inv);
    }

    /// <summary>The bench's own connection to the database the API runs on: seeds the rows and counts what erasure left.</summary>
    private abstract class BenchDatabase
    {
        /// <summary>Accounts not erased, and the related rows still there (erasure deletes the seeded sessions, consents and access log).</summary>
        protected const string LeftSql = """
            SELECT (SELECT count(*) FROM accounts WHERE status <> 'Erased') + (SELECT count(*) FROM sessions)
                + (SELECT count(*) FROM consent_events WHERE subject_id IS NOT NULL) + (SELECT count(*) FROM access_log)
            """;

        public abstract Task<AnonymizeBench.Seeded> SeedAsync(int accounts, bool relatedRows);

        public abstract Task<long> LeftAsync();
    }

    private sealed class PostgresBenchDatabase(string connectionString) : BenchDatabase
    {
        public override Task<AnonymizeBench.Seeded> SeedAsync(int accounts, bool relatedRows) =>
            AnonymizeBench.SeedAsync(connectionString, accounts, relatedRows);

        public override Task<long> LeftAsync() => AnonymizeBench.ScalarAsync(connectionString, LeftSql);
    }

    private sealed class SqliteBenchDatabase(string connectionString) : BenchDatabase
    {
        public override Task<AnonymizeBench.Seeded> SeedAsync(int accounts, bool relatedRows) =>
            SqliteSeed.SeedAsync(connectionString, accounts, relatedRows);

        public override Task<long> LeftAsync() => SqliteSeed.ScalarAsync(connectionString, LeftSql);
    }
}
