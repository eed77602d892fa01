using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Pixyer.Domain.Accounts;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Bench;

/// <summary>
/// The rows of <see cref="AnonymizeBench.SeedAsync"/>, on the API's SQLite file: one <c>INSERT ... SELECT</c> over a
/// recursive CTE per table, in one transaction, in the columns' SQLite formats (the SqlitePixyerDbContext model): a
/// time is UTC microseconds since the epoch in an INTEGER (<see cref="UtcMicrosecondsConverter"/>, the product's own
/// converter makes the values), a Guid is upper-case TEXT (as EF Core's SQLite provider writes it), a date
/// <c>yyyy-MM-dd</c> TEXT, a bool 0/1, an enum its name. Ids come from the row number, the same every time.
/// </summary>
internal static class SqliteSeed
{
    /// <summary>Row number n (1..@accounts), as generate_series gives it on PostgreSQL.</summary>
    private const string Numbers = "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < @accounts) ";

    /// <summary>Account n's id: a fixed pattern around n, upper-case hex as EF stores a Guid.</summary>
    private const string AccountId = "printf('%08X-0000-4000-8000-%012X', n, n)";

    private static readonly UtcMicrosecondsConverter Microseconds = new();

    public static async Task<AnonymizeBench.Seeded> SeedAsync(string connectionString, int accounts, bool relatedRows)
    {
        var started = Stopwatch.GetTimestamp();
        var expiredAt = DateTimeOffset.UtcNow.AddMonths(-Account.RetentionMonths - 1);
        var relatedAt = expiredAt - TimeSpan.FromDays(200);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // Foreign keys on, as the API's connections have them: deleting the accounts cascades to their other rows,
        // as TRUNCATE ... CASCADE does on PostgreSQL.
        await ExecuteAsync(connection, "PRAGMA foreign_keys=ON; BEGIN IMMEDIATE; DELETE FROM sessions; DELETE FROM consent_events; "
            + "DELETE FROM access_log; DELETE FROM erasure_ledger; DELETE FROM accounts;");
        await ExecuteAsync(
            connection,
            Numbers + $"""
            INSERT INTO accounts (id, username, normalized_username, email, normalized_email, email_verified_at, password_hash,
                date_of_birth, accepted_policy_version, roles, status, created_at, last_active_at, inactivity_warned_at, retention_clock_started_at)
            SELECT {AccountId}, 'Bench' || n, 'bench' || n, 'Bench' || n || '@example.com', 'bench' || n || '@example.com', @at,
                'hash', '1980-01-01', '2024-08-14', 1, 'Inactive', @at - @day * 200, @at - @day * 180, @at - @day * 14, @at
            FROM seq
            """,
            expiredAt,
            accounts);
        long sessions = 0, consents = 0, accessLog = 0;
        if (relatedRows)
        {
            sessions = await ExecuteAsync(
                connection,
                Numbers + $"""
                INSERT INTO sessions (id, account_id, token_hash, csrf_token_hash, device, created_at, last_seen_at, absolute_expires_at)
                SELECT printf('%08X-0001-4000-8000-%012X', n, n), {AccountId}, 'token-' || n, 'csrf-' || n, 'Firefox on Linux', @at, @at, @at + @day * 30
                FROM seq WHERE n % 10 = 1
                """,
                relatedAt,
                accounts);
            consents = await ExecuteAsync(
                connection,
                Numbers + $"""
                INSERT INTO consent_events (subject_id, purpose, granted, policy_version, channel, occurred_at, client_network)
                SELECT {AccountId}, purpose, 1, '2024-08-14', 'settings', @at, '192.0.2.0/24'
                FROM seq, (SELECT 'marketing' AS purpose UNION ALL SELECT 'analytics') WHERE n % 5 = 1
                """,
                relatedAt,
                accounts);
            accessLog = await ExecuteAsync(
                connection,
                Numbers + $"""
                INSERT INTO access_log (id, subject_id, occurred_at, method, route_template, ip_address, ip_truncated, device_type, browser, operating_system, country, status_code)
                SELECT printf('%08X-%04X-4000-8000-%012X', n, k + 1, n), {AccountId}, @at, 'GET', '/api/v1/me', '192.0.2.0', 1, 'desktop', 'Firefox', 'Linux', 'DE', 200
                FROM seq, (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3) WHERE n % 10 = 1
                """,
                relatedAt,
                accounts);
        }

        // As VACUUM ANALYZE on PostgreSQL: statistics, and every run starts with an empty write-ahead log.
        await ExecuteAsync(connection, "COMMIT; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        return new AnonymizeBench.Seeded(Stopwatch.GetElapsedTime(started).TotalSeconds, sessions, consents, accessLog);
    }

    /// <summary>The SQLite library's version, as the API's connections use it.</summary>
    public static string Version()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql, DateTimeOffset? at = null, int? accounts = null)
    {
        await using var command = new SqliteCommand(sql, connection) { CommandTimeout = 0 };
        if (at is { } time)
        {
            command.Parameters.AddWithValue("@at", Microseconds.ConvertToProvider(time));
            command.Parameters.AddWithValue("@day", TimeSpan.FromDays(1).Ticks / TimeSpan.TicksPerMicrosecond);
        }

        if (accounts is { } count)
        {
            command.Parameters.AddWithValue("@accounts", count);
        }

        return await command.ExecuteNonQueryAsync();
    }
}
