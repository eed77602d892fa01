using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

public enum TestProvider
{
    PostgreSql,
    Sqlite,
}

/// <summary>
/// The database a test run is on. The same test sources are compiled twice: into Pixyer.Api.IntegrationTests
/// (PostgreSQL, a throwaway server or <c>PIXYER_TEST_DB</c>) and into Pixyer.Api.IntegrationTests.Sqlite
/// (the embedded SQLite default, a file in the app's data folder), so everything a user can do over HTTP is
/// proved on both.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public static TestProvider Provider { get; } =
#if SQLITE_SUITE
        TestProvider.Sqlite;
#else
        TestProvider.PostgreSql;
#endif

    /// <summary>An existing PostgreSQL database to run on instead of a throwaway server.</summary>
    public const string DatabaseVariable = "PIXYER_TEST_DB";

    /// <summary>The app's <c>ConnectionStrings:Pixyer</c>: empty means the SQLite file in its data folder.</summary>
    public abstract string AppConnectionString { get; }

    public static async Task<TestDatabase> StartAsync(string dataDirectory) =>
        Provider == TestProvider.Sqlite ? new SqliteTestDatabase(dataDirectory) : await PostgresTestDatabase.StartAsync();

    /// <summary>A connection of the test's own, outside the app, as an auditor or an attacker would have.</summary>
    public abstract Task<DbConnection> OpenAsync();

    /// <summary>Empties the application's tables (migrations history and the scheduler's tables stay).</summary>
    public abstract Task ResetAsync(IReadOnlyCollection<string> tables);

    public abstract ValueTask DisposeAsync();

    /// <summary>Runs one or more statements on a connection of the test's own.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class PostgresTestDatabase(string connectionString, PostgresServer? server) : TestDatabase
    {
        private Respawner? respawner;

        public override string AppConnectionString => connectionString;

        public static async Task<TestDatabase> StartAsync()
        {
            if (Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } configured)
            {
                return new PostgresTestDatabase(configured, null);
            }

            var server = await PostgresServer.StartAsync("pixyer_tests");
            return new PostgresTestDatabase(server.ConnectionString, server);
        }

        public override async Task<DbConnection> OpenAsync()
        {
            var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return connection;
        }

        public override async Task ResetAsync(IReadOnlyCollection<string> tables)
        {
            await using var connection = await OpenAsync();
            respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ["public"],
                TablesToInclude = tables.Select(t => new Table(t)).ToArray(),
            });
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await respawner.ResetAsync(connection);
                    return;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
                {
                    // A job the host started on its own schedule wrote meanwhile; the server chose the reset to roll back.
                }
            }
        }

        public override async ValueTask DisposeAsync()
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private sealed class SqliteTestDatabase(string dataDirectory) : TestDatabase
    {
        // Not pooled: a test's connection never lends its settings (an ATTACH, a pragma) to the app's.
        private readonly string connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "pixyer.db"),
            Pooling = false,
        }.ToString();

        public override string AppConnectionString => "";

        public override async Task<DbConnection> OpenAsync()
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            return connection;
        }

        /// <summary>
        /// One immediate transaction; foreign keys are checked at its commit, when every table is empty. With
        /// <c>secure_delete</c>, as Pixyer's own connections delete: an earlier test's rows (the same test image's hash
        /// in another person's upload) must not linger in the file for a later test's raw-bytes erasure check.
        /// </summary>
        public override Task ResetAsync(IReadOnlyCollection<string> tables) =>
            ExecuteAsync(
                "PRAGMA secure_delete = ON; BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON;"
                + string.Concat(tables.Select(t => $"DELETE FROM \"{t}\";"))
                + "COMMIT;");

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            return ValueTask.CompletedTask;
        }
    }
}
