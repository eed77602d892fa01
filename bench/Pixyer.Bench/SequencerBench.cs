using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Pixyer.Domain.Auditing;
using Pixyer.Infrastructure;
using Pixyer.Infrastructure.Auditing;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>sequencer</c> (issue 12): how many entries a second the audit sequencer integrates into the Merkle log.
/// For each size of <c>--entries</c>: that many unsequenced entries seeded as the API makes them (<see cref="AuditSeed"/>),
/// then the API's own <see cref="AuditSequencer.RunAsync"/> (what the Quartz job runs) timed until none is left, its
/// SQL counted and each batch marked (<see cref="SequencerBatches"/>). The sizes run one after the other on the same
/// log, so the second one extends a log that already holds the first.
/// </summary>
internal static class SequencerBench
{
    public const string Scenario = "sequencer";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private sealed record Run(
        int Entries,
        double SeedSeconds,
        int Integrated,
        TimeSpan Elapsed,
        CpuUse Cpu,
        List<Batch> Batches,
        Dictionary<string, (long Count, TimeSpan Time)> Sql,
        Dictionary<string, (long Count, TimeSpan Time)> Phases)
    {
        /// <summary>Milliseconds per batch of a sum of times.</summary>
        public double PerBatch(IEnumerable<TimeSpan> times) => times.Sum(t => t.TotalMilliseconds) / Batches.Count;
    }

    /// <summary>One batch: from the end of the one before (or the run's start) to its commit; then the checkpoint file.</summary>
    private sealed record Batch(TimeSpan UntilCommit, TimeSpan Archive);

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        Console.WriteLine($"\n== Scenario {Scenario}: starting the API in process ...");
        var counter = new SqlCounter();
        var batches = new SequencerBatches();
        await using var api = new BenchApi(counter, fastHasher: true, services =>
        {
            batches.Register(services);
            if (options.BatchSize is { } size)
            {
                services.Configure<InfrastructureOptions>(o => o.Audit.SequencingBatchSize = size);
            }
        });
        api.EnsurePostgreSql();
        var connectionString = AnonymizeBench.ConnectionString(api.Services);
        var hasher = api.Services.GetRequiredService<AuditLeafHasher>();
        var sequencer = api.Services.GetRequiredService<AuditSequencer>();
        var batchSize = api.Services.GetRequiredService<IOptions<InfrastructureOptions>>().Value.Audit.SequencingBatchSize;
        var probe = await ServerProbe.StartAsync(connectionString);
        var loadBefore = Report.LoadAverage();

        // Whatever an earlier scenario left unsequenced, and one batch more, are integrated first, unmeasured: a
        // running sequencer is warm (its first batch in a process takes twice as long, JIT included).
        await AuditSeed.InsertAsync(connectionString, hasher, batchSize);
        var warmUp = await sequencer.RunAsync(CancellationToken.None);
        batches.Take();
        var runs = new List<Run>();
        foreach (var entries in options.Entries)
        {
            Console.WriteLine($"   seeding {entries.ToString("N0", Inv)} unsequenced entries ...");
            var seedSeconds = await AuditSeed.InsertAsync(connectionString, hasher, entries);
            Console.WriteLine($"   seeded in {seedSeconds.ToString("0.0", Inv)} s; sequencing in batches of {batchSize.ToString("N0", Inv)} ...");
            var (before, phasesBefore) = (counter.Snapshot(), counter.Phases());
            var started = Stopwatch.GetTimestamp();
            var (integrated, elapsed, cpu, _) = await probe.MeasureAsync(() => sequencer.RunAsync(CancellationToken.None));
            var marks = batches.Take();
            var (sql, phases) = (counter.Since(before), counter.PhasesSince(phasesBefore));
            await CheckAsync(api.Services, connectionString, hasher, integrated, entries);
            runs.Add(new Run(entries, seedSeconds, integrated, elapsed, cpu, Batches(marks, started), sql, phases));
            Console.WriteLine(
                $"   {integrated.ToString("N0", Inv)} entries in {elapsed.TotalSeconds.ToString("0.0", Inv)} s: "
                + $"{(integrated / elapsed.TotalSeconds).ToString("N0", Inv)} entries/s, {marks.Count.ToString(Inv)} batches");
        }

        Write(report, runs, batchSize, warmUp, loadBefore);
    }

    private static List<Batch> Batches(IReadOnlyList<BatchMark> marks, long started)
    {
        var batches = new List<Batch>();
        var end = started;
        foreach (var mark in marks)
        {
            batches.Add(new Batch(Stopwatch.GetElapsedTime(end, mark.CommittedAt), mark.Archive));
            end = mark.ArchivedAt;
        }

        return batches;
    }

    /// <summary>Every entry sequenced, numbered 1..n without a gap, the latest checkpoint over all of them, and the leaves the API's own hasher accepts.</summary>
    private static async Task CheckAsync(IServiceProvider services, string connectionString, AuditLeafHasher hasher, int integrated, int seeded)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FILTER (WHERE sequence IS NULL), count(*), coalesce(max(sequence), 0),
                   (SELECT coalesce(max(tree_size), 0) FROM audit_checkpoints)
            FROM audit_entries
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (unsequenced, all, last, treeSize) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        await using var scope = services.CreateAsyncScope();
        var latest = await scope.ServiceProvider.GetRequiredService<PixyerDbContext>().AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence).Take(100).ToListAsync();
        if (integrated != seeded || unsequenced != 0 || last != all || treeSize != all || !latest.All(hasher.Matches))
        {
            throw new InvalidOperationException(
                $"Sequenced {integrated} of {seeded} seeded; {unsequenced} left unsequenced, {all} entries, highest sequence {last}, "
                + $"latest checkpoint over {treeSize}; the newest 100 leaves {(latest.All(hasher.Matches) ? "match" : "do NOT match")} their entries.");
        }
    }

    private static void Write(StringBuilder report, List<Run> runs, int batchSize, int warmUp, string loadBefore)
    {
        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{Scenario}`: the audit sequencer's integration rate, batches of {batchSize.ToString("N0", Inv)}")
            .AppendLine()
            .AppendLine("Unsequenced entries seeded by binary COPY as the API makes them (`AuditEntry.Record`, the API's `AuditLeafHasher`), then")
            .AppendLine("`VACUUM ANALYZE audit_entries`; then the API's own `AuditSequencer.RunAsync` until none is left. Each size extends the log the")
            .AppendLine(Inv, $"one before left; first, {warmUp.ToString("N0", Inv)} entries were integrated unmeasured (warm-up). A batch: from the end of the previous one")
            .AppendLine("to its commit, then the checkpoint file (written, flushed to disk).")
            .AppendLine(Inv, $"Load average before/after: {loadBefore} / {Report.LoadAverage()}.")
            .AppendLine()
            .AppendLine("| entries | seeded in s | batches | sequencer s | **entries/s** | batch ms, mean (first, median, last) | this process, cores | PostgreSQL, cores |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in runs)
        {
            var batches = run.Batches;
            var durations = batches.Select(b => b.UntilCommit.TotalMilliseconds + b.Archive.TotalMilliseconds).ToList();
            var sorted = durations.Order().ToList();
            report.AppendLine(Inv,
                $"| {run.Entries.ToString("N0", Inv)} | {run.SeedSeconds.ToString("0.0", Inv)} | {batches.Count.ToString(Inv)} | {run.Elapsed.TotalSeconds.ToString("0.0", Inv)} | "
                + $"**{(run.Integrated / run.Elapsed.TotalSeconds).ToString("N0", Inv)}** | {durations.Average().ToString("0", Inv)} "
                + $"({durations[0].ToString("0", Inv)}, {Load.Percentile(sorted, 0.5).ToString("0", Inv)}, {durations[^1].ToString("0", Inv)}) | "
                + $"{ConsentPutBench.Cores(run.Cpu.Process)} | {ConsentPutBench.Cores(run.Cpu.Postgres)} |");
        }

        WriteBreakdown(report, runs);
        foreach (var run in runs)
        {
            WriteStatements(report, run);
        }
    }

    /// <summary>
    /// Where a batch's time goes. A statement's time is EF Core's wait for its first result plus its reader's life
    /// (the rows read and, for a query, materialized and tracked). The sequencer numbers a batch with one UPDATE of its
    /// own and saves the tree nodes and the checkpoint (INSERTs) in a SaveChanges, timed whole.
    /// </summary>
    private static void WriteBreakdown(StringBuilder report, List<Run> runs)
    {
        report.AppendLine()
            .AppendLine("Where a batch's time goes, ms per batch (a statement: EF Core's wait for its first result, then its reader's life until")
            .AppendLine("disposed: the rows read and, for a query, materialized):")
            .AppendLine()
            .AppendLine("| ms per batch | " + string.Join(" | ", runs.Select(r => $"{r.Entries.ToString("N0", Inv)} entries")) + " |")
            .AppendLine("| --- |" + string.Concat(runs.Select(_ => " ---: |")));
        Row("until commit, the checkpoint file aside", r => r.Batches.Average(b => b.UntilCommit.TotalMilliseconds));
        Row("queries: wait and rows read, materialized", Queries);
        Row("numbering: the one UPDATE of the batch's entries", Numbering);
        Row("SaveChanges of the tree nodes and the checkpoint (INSERTs and EF Core's own work)", SaveChanges);
        Row("COMMIT", Commit);
        Row("the rest, in this process (scope, Merkle frontier, node hashes, signature)",
            r => r.Batches.Average(b => b.UntilCommit.TotalMilliseconds) - Queries(r) - Numbering(r) - SaveChanges(r) - Commit(r));
        Row("checkpoint file, written and flushed", r => r.Batches.Average(b => b.Archive.TotalMilliseconds));

        void Row(string label, Func<Run, double> value) =>
            report.AppendLine("| " + label + " | " + string.Join(" | ", runs.Select(r => value(r).ToString("0", Inv))) + " |");

        static double Statements(Run r, string verb) => r.PerBatch(r.Sql
            .Where(s => s.Key.StartsWith(verb, StringComparison.Ordinal))
            .Select(s => s.Value.Time + r.Phases.GetValueOrDefault(SqlCounter.Reading + s.Key).Time));
        static double Queries(Run r) => Statements(r, "SELECT");
        static double Numbering(Run r) => Statements(r, "UPDATE");
        static double SaveChanges(Run r) => r.PerBatch([r.Phases.GetValueOrDefault(SqlCounter.SaveChanges).Time]);
        static double Commit(Run r) => r.PerBatch([r.Sql.GetValueOrDefault(SqlCounter.Commit).Time]);
    }

    private static void WriteStatements(StringBuilder report, Run run)
    {
        report.AppendLine()
            .AppendLine(Inv, $"SQL per batch, {run.Entries.ToString("N0", Inv)} entries ({run.Batches.Count.ToString(Inv)} batches; the slowest first):")
            .AppendLine()
            .AppendLine("| statement | per batch | EF Core's wait for the first result, ms per batch | then the reader open, ms per batch |")
            .AppendLine("| --- | ---: | ---: | ---: |");
        TimeSpan Read(string kind) => run.Phases.GetValueOrDefault(SqlCounter.Reading + kind).Time;
        foreach (var (kind, members) in SqlCounter.Fold(run.Sql.Keys).OrderByDescending(f => f.Value.Sum(k => (run.Sql[k].Time + Read(k)).Ticks)))
        {
            var read = kind == SqlCounter.Commit ? "" : run.PerBatch(members.Select(Read)).ToString("0.0", Inv);
            report.AppendLine(Inv,
                $"| {kind} | {(members.Sum(k => run.Sql[k].Count) / (double)run.Batches.Count).ToString("0.##", Inv)} | "
                + $"{run.PerBatch(members.Select(k => run.Sql[k].Time)).ToString("0.0", Inv)} | {read} |");
        }
    }
}
