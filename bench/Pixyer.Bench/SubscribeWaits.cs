using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Pixyer.Bench;

/// <summary>
/// Where a subscribe waits, for the <c>subscribe</c> scenario. <see cref="SqlCounter"/> does not time the start of a
/// transaction; this interceptor does (<c>BEGIN</c>, on SQLite <c>BEGIN IMMEDIATE</c>, which takes the write lock), and
/// counts the statements and transaction starts that took <see cref="Long"/> or more: Microsoft.Data.Sqlite answers a busy
/// database by sleeping 150 ms (<c>Thread.Sleep(150)</c>) and trying again, so on SQLite each of those is a collision with
/// another writer.
/// </summary>
internal sealed class SubscribeWaits : DbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly TimeSpan Long = TimeSpan.FromMilliseconds(150);

    private long begins;
    private long beginTicks;
    private long longBegins;
    private long longStatements;

    public (long Begins, TimeSpan BeginTime, long LongBegins, long LongStatements) Snapshot() =>
        (Interlocked.Read(ref begins), TimeSpan.FromTicks(Interlocked.Read(ref beginTicks)), Interlocked.Read(ref longBegins), Interlocked.Read(ref longStatements));

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Begun(eventData.Duration);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Begun(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Executed(eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Executed(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Executed(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Executed(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Executed(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Executed(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Begun(TimeSpan duration)
    {
        Interlocked.Increment(ref begins);
        Interlocked.Add(ref beginTicks, duration.Ticks);
        if (duration >= Long)
        {
            Interlocked.Increment(ref longBegins);
        }
    }

    private void Executed(TimeSpan duration)
    {
        if (duration >= Long)
        {
            Interlocked.Increment(ref longStatements);
        }
    }
}

/// <summary>
/// On PostgreSQL, which advisory lock the waiting sessions wait for, from <c>pg_locks</c> every 50 ms: the invoice-number
/// lock (<c>InvoiceIssuer</c>: one per year, taken before the number is read and held to the commit, so every subscribe of
/// every account passes it one at a time) or another one (here a subscriber's <c>billing</c> lock, <c>BillingLocks.Scope</c>: a burst's copies
/// waiting for the first one). The keys are the app's own: <c>hashtextextended('{scope}:{subject:N}', 0)</c>.
/// </summary>
internal sealed class AdvisoryWaits(string connectionString)
{
    private const string Sql = """
        SELECT count(*) FILTER (WHERE ((classid::bigint << 32) | objid::bigint) = hashtextextended(@invoice, 0))::int,
               count(*)::int
        FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        """;

    /// <summary>The invoice-number lock's key text this year, as <c>InvoiceIssuer</c> and <c>SubjectLocks</c> make it.</summary>
    public static string InvoiceLockKey(int year) => $"invoice-number:{new Guid(year, 0, 0, new byte[8]):N}";

    /// <summary>Runs <paramref name="work"/> while sampling: mean sessions waiting on the invoice lock and on the others.</summary>
    public async Task<(T Result, double OnInvoiceLock, double OnOtherLocks)> MeasureAsync<T>(Func<Task<T>> work)
    {
        using var stop = new CancellationTokenSource();
        var sampler = SampleAsync(stop.Token);
        var result = await work();
        await stop.CancelAsync();
        var (samples, invoice, all) = await sampler;
        return (result, samples == 0 ? 0 : invoice / (double)samples, samples == 0 ? 0 : (all - invoice) / (double)samples);
    }

    private async Task<(int Samples, long Invoice, long All)> SampleAsync(CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("invoice", InvoiceLockKey(DateTime.UtcNow.Year));
        var (samples, invoice, all) = (0, 0L, 0L);
        while (!stop.IsCancellationRequested)
        {
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                await reader.ReadAsync(CancellationToken.None);
                invoice += reader.GetInt32(0);
                all += reader.GetInt32(1);
            }

            samples++;
            await Task.Delay(ServerProbe.SampleEvery, CancellationToken.None);
        }

        return (samples, invoice, all);
    }

}
