using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pixyer.Bench;

/// <summary>
/// Counts and times the SQL that EF Core sends (statement kinds, commits), to explain where a path's time goes.
/// Durations are EF Core's own: from sending a command to its reader or result, lock waits included. Apart from
/// them (<see cref="Phases"/>), EF Core's work around the SQL: a query from sending it to its reader's disposal (the
/// rows read and materialized, tracked), and each SaveChanges as a whole (change detection, building the commands, and
/// the commands themselves).
/// </summary>
internal sealed partial class SqlCounter : DbCommandInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public const string Commit = "COMMIT";

    /// <summary>The phase of a SaveChanges as a whole, in <see cref="Phases"/>.</summary>
    public const string SaveChanges = "SaveChanges, whole";

    /// <summary>The prefix of a reader's life in <see cref="Phases"/>, before its statement kind.</summary>
    public const string Reading = "reader open: ";

    private readonly ConcurrentDictionary<string, Stat> stats = new();
    private readonly ConcurrentDictionary<string, Stat> phases = new();
    private readonly ConcurrentDictionary<string, string> kinds = new();
    private readonly ConditionalWeakTable<DbContext, StrongBox<long>> saving = [];

    public Dictionary<string, (long Count, TimeSpan Time)> Snapshot() => Snapshot(stats);

    public Dictionary<string, (long Count, TimeSpan Time)> Phases() => Snapshot(phases);

    /// <summary>What was sent since <paramref name="before"/> (an earlier <see cref="Snapshot()"/>): the kinds that ran meanwhile.</summary>
    public Dictionary<string, (long Count, TimeSpan Time)> Since(Dictionary<string, (long Count, TimeSpan Time)> before) => Delta(Snapshot(), before);

    /// <summary>EF Core's phases since <paramref name="before"/>, an earlier <see cref="Phases()"/>.</summary>
    public Dictionary<string, (long Count, TimeSpan Time)> PhasesSince(Dictionary<string, (long Count, TimeSpan Time)> before) => Delta(Phases(), before);

    /// <summary>
    /// Statement kinds grouped where they differ only in how many statements a run holds (each batch
    /// of a SaveChanges of many rows has its own count): the group's label gives each count's range ("×74-85").
    /// </summary>
    public static Dictionary<string, string[]> Fold(IEnumerable<string> kinds) =>
        kinds.GroupBy(k => RunCountPattern().Replace(k, "×n")).ToDictionary(
            g => g.Count() == 1 ? g.Single() : Label(g.Key, [.. g.Select(k => RunCountPattern().Matches(k).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray())]),
            g => g.ToArray());

    /// <summary>One SQL text that EF Core sent for a statement kind (see <see cref="Describe"/>), or null.</summary>
    public string? SampleOf(string kind) => kinds.FirstOrDefault(k => k.Value == kind).Key;

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Record(phases, Reading + kinds.GetOrAdd(command.CommandText, Describe), eventData.Duration);
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        StartSaving(eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        StartSaving(eventData);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndSaving(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EndSaving(eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Record(Commit, eventData.Duration);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(Commit, eventData.Duration);
        return Task.CompletedTask;
    }

    private static Dictionary<string, (long Count, TimeSpan Time)> Delta(
        Dictionary<string, (long Count, TimeSpan Time)> now, Dictionary<string, (long Count, TimeSpan Time)> before) =>
        now.Select(s => (s.Key, Count: s.Value.Count - before.GetValueOrDefault(s.Key).Count, Time: s.Value.Time - before.GetValueOrDefault(s.Key).Time))
            .Where(s => s.Count > 0)
            .ToDictionary(s => s.Key, s => (s.Count, s.Time));

    private static Dictionary<string, (long Count, TimeSpan Time)> Snapshot(ConcurrentDictionary<string, Stat> stats) =>
        stats.ToDictionary(s => s.Key, s => (Interlocked.Read(ref s.Value.Count), TimeSpan.FromTicks(Interlocked.Read(ref s.Value.Ticks))));

    private static void Record(ConcurrentDictionary<string, Stat> stats, string kind, TimeSpan duration)
    {
        var stat = stats.GetOrAdd(kind, _ => new Stat());
        Interlocked.Increment(ref stat.Count);
        Interlocked.Add(ref stat.Ticks, duration.Ticks);
    }

    private void StartSaving(DbContextEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            saving.AddOrUpdate(context, new StrongBox<long>(Stopwatch.GetTimestamp()));
        }
    }

    private void EndSaving(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && saving.TryGetValue(context, out var started))
        {
            Record(phases, SaveChanges, Stopwatch.GetElapsedTime(started.Value));
        }
    }

    private void Record(DbCommand command, CommandExecutedEventData eventData) =>
        Record(kinds.GetOrAdd(command.CommandText, Describe), eventData.Duration);

    private void Record(string kind, TimeSpan duration) => Record(stats, kind, duration);

    /// <summary>
    /// "INSERT accounts + INSERT outbox_messages", "SELECT login_failures", ...: verb and table of each statement; a run
    /// of the same statement, as EF Core batches a SaveChanges of many rows, as one ("UPDATE audit_entries ×1000").
    /// </summary>
    private static string Describe(string sql)
    {
        if (AdvisoryLockPattern().Match(sql) is { Success: true } advisory)
        {
            return $"SELECT {advisory.Value}";
        }

        // A query's tags (TagWith, e.g. RowLocks') are its leading comment lines.
        sql = string.Join('\n', sql.Split('\n').SkipWhile(line => line.StartsWith("--", StringComparison.Ordinal)));
        var statements = sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(statement =>
            {
                var verb = statement.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
                var table = TablePattern().Match(statement);
                var exists = statement.StartsWith("SELECT EXISTS", StringComparison.OrdinalIgnoreCase) ? " EXISTS" : "";
                return table.Success ? $"{verb}{exists} {table.Groups["table"].Value}" : verb;
            });
        var runs = new List<(string Kind, int Count)>();
        foreach (var statement in statements)
        {
            if (runs.Count > 0 && runs[^1].Kind == statement)
            {
                runs[^1] = (statement, runs[^1].Count + 1);
            }
            else
            {
                runs.Add((statement, 1));
            }
        }

        return string.Join(" + ", runs.Select(r => r.Count == 1 ? r.Kind : $"{r.Kind} ×{r.Count.ToString(CultureInfo.InvariantCulture)}"));
    }

    private static string Label(string template, int[][] counts)
    {
        var slot = 0;
        return RunCountPattern().Replace(template.Replace("×n", "×0", StringComparison.Ordinal), _ =>
        {
            var (low, high) = (counts.Min(c => c[slot]), counts.Max(c => c[slot]));
            slot++;
            return low == high ? $"×{low.ToString(CultureInfo.InvariantCulture)}" : $"×{low.ToString(CultureInfo.InvariantCulture)}-{high.ToString(CultureInfo.InvariantCulture)}";
        });
    }

    [GeneratedRegex(@"×(\d+)")]
    private static partial Regex RunCountPattern();

    /// <summary>The old audit chain's lock (pg_advisory_xact_lock), the sequencer's (pg_try_advisory_xact_lock).</summary>
    [GeneratedRegex(@"pg_\w*advisory\w*")]
    private static partial Regex AdvisoryLockPattern();

    [GeneratedRegex(@"\b(?:FROM|INTO|UPDATE)\s+""?(?<table>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex TablePattern();

    private sealed class Stat
    {
        public long Count;
        public long Ticks;
    }
}
