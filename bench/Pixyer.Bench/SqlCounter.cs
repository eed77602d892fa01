using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pixyer.Bench;

/// <summary>
/// Counts and times the SQL that EF Core sends (statement kinds, commits), to explain where a path's time goes.
/// Durations are EF Core's own: from sending a command to its reader or result, lock waits included.
/// </summary>
internal sealed partial class SqlCounter : DbCommandInterceptor, IDbTransactionInterceptor
{
    public const string Commit = "COMMIT";

    private readonly ConcurrentDictionary<string, Stat> stats = new();
    private readonly ConcurrentDictionary<string, string> kinds = new();

    public Dictionary<string, (long Count, TimeSpan Time)> Snapshot() =>
        stats.ToDictionary(s => s.Key, s => (Interlocked.Read(ref s.Value.Count), TimeSpan.FromTicks(Interlocked.Read(ref s.Value.Ticks))));

    /// <summary>What was sent since <paramref name="before"/> (an earlier <see cref="Snapshot"/>): the kinds that ran meanwhile.</summary>
    public Dictionary<string, (long Count, TimeSpan Time)> Since(Dictionary<string, (long Count, TimeSpan Time)> before) =>
        Snapshot()
            .Select(s => (s.Key, Count: s.Value.Count - before.GetValueOrDefault(s.Key).Count, Time: s.Value.Time - before.GetValueOrDefault(s.Key).Time))
            .Where(s => s.Count > 0)
            .ToDictionary(s => s.Key, s => (s.Count, s.Time));

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Record(Commit, eventData.Duration);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(Commit, eventData.Duration);
        return Task.CompletedTask;
    }

    private void Record(DbCommand command, CommandExecutedEventData eventData) =>
        Record(kinds.GetOrAdd(command.CommandText, Describe), eventData.Duration);

    private void Record(string kind, TimeSpan duration)
    {
        var stat = stats.GetOrAdd(kind, _ => new Stat());
        Interlocked.Increment(ref stat.Count);
        Interlocked.Add(ref stat.Ticks, duration.Ticks);
    }

    /// <summary>"INSERT accounts + INSERT outbox_messages", "SELECT login_failures", ...: verb and table of each statement.</summary>
    private static string Describe(string sql)
    {
        if (sql.Contains("pg_advisory_xact_lock", StringComparison.Ordinal))
        {
            return "SELECT pg_advisory_xact_lock (audit chain)";
        }

        var statements = sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(statement =>
            {
                var verb = statement.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
                var table = TablePattern().Match(statement);
                var exists = statement.StartsWith("SELECT EXISTS", StringComparison.OrdinalIgnoreCase) ? " EXISTS" : "";
                return table.Success ? $"{verb}{exists} {table.Groups["table"].Value}" : verb;
            });
        return string.Join(" + ", statements);
    }

    [GeneratedRegex(@"\b(?:FROM|INTO|UPDATE)\s+""?(?<table>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex TablePattern();

    private sealed class Stat
    {
        public long Count;
        public long Ticks;
    }
}
