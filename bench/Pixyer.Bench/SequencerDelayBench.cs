using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Pixyer.Infrastructure;

namespace Pixyer.Bench;

/// <summary>
/// Scenario <c>sequencer-delay</c> (issue 12): how long an audit entry waits between its command's commit and its
/// place in the signed log. The API runs its Quartz jobs, every one but the audit sequencer without a trigger
/// (<see cref="BenchApi"/> with jobs on), the sequencer at its configured interval; <see cref="ConsentPuts"/> load it
/// for one window; then, in SQL, for every entry written in the window, the <c>issued_at</c> of the first checkpoint
/// that covers it minus its <c>occurred_at</c> (taken just before the command's SaveChanges and commit).
/// </summary>
internal static class SequencerDelayBench
{
    public const string Scenario = "sequencer-delay";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(60);

    private const string DelaySql = """
        SELECT count(*), count(*) FILTER (WHERE sequence IS NULL),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY delay_ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY delay_ms),
               max(delay_ms), min(delay_ms)
        FROM (
            SELECT e.sequence, (extract(epoch FROM c.issued_at - e.occurred_at) * 1000)::float8 AS delay_ms
            FROM audit_entries AS e
            LEFT JOIN LATERAL (
                SELECT issued_at FROM audit_checkpoints WHERE tree_size >= e.sequence ORDER BY tree_size LIMIT 1) AS c ON true
            WHERE e.occurred_at >= @from AND e.occurred_at < @to AND e.request_name = @name) AS run
        """;

    private const string CheckpointSql = """
        SELECT count(*), coalesce(avg(added), 0), coalesce(max(added), 0), coalesce(avg(gap_ms), 0), coalesce(max(gap_ms), 0)
        FROM (
            SELECT issued_at, tree_size - lag(tree_size) OVER (ORDER BY tree_size) AS added,
                   (extract(epoch FROM issued_at - lag(issued_at) OVER (ORDER BY tree_size)) * 1000)::float8 AS gap_ms
            FROM audit_checkpoints) AS c
        WHERE issued_at >= @from AND issued_at < @settled
        """;

    public static async Task RunAsync(BenchOptions options, StringBuilder report)
    {
        var clients = options.ConcurrencyFor(Scenario).Max();
        var window = options.WindowFor(Scenario);
        Console.WriteLine($"\n== Scenario {Scenario}: starting the API in process, with its jobs ...");
        var counter = new SqlCounter();
        await using var api = new BenchApi(counter, fastHasher: true, runJobs: true);
        api.EnsurePostgreSql();
        var connectionString = AnonymizeBench.ConnectionString(api.Services);
        var audit = api.Services.GetRequiredService<IOptions<InfrastructureOptions>>().Value.Audit;
        using var puts = await ConsentPuts.SignUpAsync(api, clients);
        // The premise: the job runs. The sign-ups' entries (and any backlog) are integrated before the load begins.
        var firstSettle = await SettleAsync(connectionString);
        var probe = await ServerProbe.StartAsync(connectionString);
        var loadBefore = Report.LoadAverage();
        Console.WriteLine($"   warm-up, then {clients.ToString(Inv)} clients for {window.TotalSeconds.ToString(Inv)} s ...");
        await puts.RunAsync(clients, options.Warmup);
        var from = DateTimeOffset.UtcNow;
        var sqlBefore = counter.Snapshot();
        var (result, _, cpu, sessions) = await probe.MeasureAsync(() => puts.RunAsync(clients, window));
        var to = DateTimeOffset.UtcNow;
        var lastSettle = await SettleAsync(connectionString);
        var settled = DateTimeOffset.UtcNow;
        var sql = counter.Since(sqlBefore);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var delays = await RowAsync(connection, DelaySql, ("from", from), ("to", to), ("name", ConsentPuts.RequestName));
        var checkpoints = await RowAsync(connection, CheckpointSql, ("from", from), ("settled", settled));
        var latencies = result.LatenciesMs.Order().ToList();
        report.AppendLine()
            .AppendLine(Inv, $"### Scenario `{Scenario}`: from commit to the signed log, the Quartz job every {audit.SequencingInterval.TotalSeconds.ToString(Inv)} s")
            .AppendLine()
            .AppendLine(Inv, $"The API with its Quartz scheduler on (clustered store on the bench database); every job but `audit-sequencer` without a trigger (intervals 0); ")
            .AppendLine(Inv, $"`Pixyer:Audit:SequencingInterval` {audit.SequencingInterval}, batch size {audit.SequencingBatchSize.ToString("N0", Inv)}. Load: `PUT {ConsentPuts.Path}` by {clients.ToString(Inv)} clients ")
            .AppendLine(Inv, $"for {window.TotalSeconds.ToString(Inv)} s after a {options.Warmup.TotalSeconds.ToString(Inv)} s warm-up. Delay of an entry: `issued_at` of the first checkpoint with `tree_size >= sequence` minus its ")
            .AppendLine(Inv, $"`occurred_at`, over the entries of the window. Before the load the sign-ups' entries were sequenced within {firstSettle.TotalSeconds.ToString("0.0", Inv)} s; ")
            .AppendLine(Inv, $"after it the last ones within {lastSettle.TotalSeconds.ToString("0.0", Inv)} s. Load average before/after: {loadBefore} / {Report.LoadAverage()}.")
            .AppendLine()
            .AppendLine("| entries in the window | left unsequenced | delay p50 ms | p99 ms | max ms | min ms | checkpoints | entries per checkpoint, mean (max) | between checkpoints ms, mean (max) |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
            .AppendLine(Inv,
                $"| {delays[0].ToString("N0", Inv)} | {delays[1].ToString("N0", Inv)} | {delays[2].ToString("0", Inv)} | {delays[3].ToString("0", Inv)} | {delays[4].ToString("0", Inv)} | {delays[5].ToString("0", Inv)} | "
                + $"{checkpoints[0].ToString("N0", Inv)} | {checkpoints[1].ToString("0", Inv)} ({checkpoints[2].ToString("0", Inv)}) | {checkpoints[3].ToString("0", Inv)} ({checkpoints[4].ToString("0", Inv)}) |")
            .AppendLine()
            .AppendLine(Inv, $"The load meanwhile: {result.OpsPerSecond.ToString("0.0", Inv)} requests/s, p50 {Load.Percentile(latencies, 0.5).ToString("0.0", Inv)} ms, p99 {Load.Percentile(latencies, 0.99).ToString("0.0", Inv)} ms; ")
            .AppendLine(Inv, $"CPU in cores: this process {ConsentPutBench.Cores(cpu.Process)}, PostgreSQL {ConsentPutBench.Cores(cpu.Postgres)}, the machine {ConsentPutBench.Cores(cpu.Machine)}; ")
            .AppendLine(Inv, $"sessions waiting on a lock: {sessions.WaitingOnLock.ToString("0.00", Inv)} on average, at most {sessions.MostWaitingOnLock.ToString(Inv)} at once. The sequencer's SQL in the window ")
            .AppendLine("(EF Core's statements on the audit tables; Quartz's own are not counted):")
            .AppendLine()
            .AppendLine("| statement | count | total ms |")
            .AppendLine("| --- | ---: | ---: |");
        foreach (var (kind, members) in SqlCounter.Fold(sql.Keys.Where(IsSequencers)).OrderByDescending(f => f.Value.Sum(k => sql[k].Time.Ticks)))
        {
            report.AppendLine(Inv, $"| {kind} | {members.Sum(k => sql[k].Count).ToString(Inv)} | {members.Sum(k => sql[k].Time.TotalMilliseconds).ToString("0", Inv)} |");
        }
    }

    /// <summary>The sequencer's statements: the only ones that read checkpoints, update entries or take the sequencer's lock.</summary>
    private static bool IsSequencers(string kind) =>
        kind.Contains("audit_checkpoints", StringComparison.Ordinal) || kind.Contains("audit_tree_nodes", StringComparison.Ordinal)
        || kind.Contains("UPDATE audit_entries", StringComparison.Ordinal) || kind.Contains("pg_try_advisory", StringComparison.Ordinal)
        || (kind.StartsWith("SELECT", StringComparison.Ordinal) && kind.Contains("audit_entries", StringComparison.Ordinal));

    /// <summary>Waits until no audit entry is unsequenced; how long that took. Throws after <see cref="Settle"/>: the job is not running.</summary>
    private static async Task<TimeSpan> SettleAsync(string connectionString)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit_entries WHERE sequence IS NULL", connection);
        while ((long)(await command.ExecuteScalarAsync())! > 0)
        {
            if (Stopwatch.GetElapsedTime(started) > Settle)
            {
                throw new InvalidOperationException($"Audit entries are still unsequenced after {Settle.TotalSeconds} s: is the sequencer's job running?");
            }

            await Task.Delay(100);
        }

        return Stopwatch.GetElapsedTime(started);
    }

    private static async Task<double[]> RowAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? double.NaN : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture))];
    }
}
