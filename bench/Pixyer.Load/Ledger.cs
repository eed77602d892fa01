using System.Diagnostics;
using Npgsql;

namespace Pixyer.Load;

/// <summary>
/// What PostgreSQL holds for a set of the run's accounts, read straight from the tables (not through the API), to
/// check the work the nodes did against the commands the suite sent.
/// </summary>
internal sealed class Ledger(string connectionString)
{
    /// <summary>Generation jobs of the accounts not finished yet, exports not ready or failed yet, mails not sent yet, deletions not completed.</summary>
    private const string PendingSql = """
        SELECT (SELECT count(*) FROM generation_jobs WHERE owner_id = ANY(@ids) AND status IN ('Queued', 'Running'))
             + (SELECT count(*) FROM data_exports WHERE subject_id = ANY(@ids) AND status IN ('Queued', 'Running'))
             + (SELECT count(*) FROM outbox_messages WHERE subject_id = ANY(@ids) AND status = 'Pending')
             + (SELECT count(*) FROM deletion_requests WHERE subject_id = ANY(@ids) AND status <> 'Completed')
        """;

    public async Task<long> CountAsync(string sql, Guid[] ids)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of <paramref name="sql"/> as (label, count) pairs: the first column a text, the second a count.</summary>
    public async Task<List<(string Label, long Count)>> TallyAsync(string sql, Guid[] ids)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        var rows = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.IsDBNull(0) ? "(none)" : reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }

    /// <summary>One text value (null when no row), e.g. the claim of a running job.</summary>
    public async Task<string?> TextAsync(string sql, Guid[] ids)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>Waits until nothing of the accounts is pending (see <see cref="PendingSql"/>); the time it took, or null after <paramref name="timeout"/>.</summary>
    public async Task<TimeSpan?> DrainAsync(Guid[] ids, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await TryCountAsync(PendingSql, ids) == 0)
            {
                return clock.Elapsed;
            }

            await Task.Delay(500);
        }

        return null;
    }

    /// <summary>Polls <paramref name="sql"/> until it is true; the time it took, or null after <paramref name="timeout"/>. A database outage counts as not yet.</summary>
    public async Task<TimeSpan?> WaitAsync(string sql, Guid[] ids, TimeSpan timeout, TimeSpan? poll = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await TryCountAsync(sql, ids) > 0)
            {
                return clock.Elapsed;
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(100));
        }

        return null;
    }

    private async Task<long> TryCountAsync(string sql, Guid[] ids)
    {
        try
        {
            return await CountAsync(sql, ids);
        }
        catch (NpgsqlException)
        {
            return -1;
        }
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
