using System.Data.Common;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Looks for a value in every text column of every table, on a connection of the test's own and from the
/// database's catalogue (not the app's model): where a person's data could hide.
/// </summary>
public static class DatabaseScan
{
    private const string PostgresColumns =
        """
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'bytea', 'jsonb', 'json')
        """;

    // SQLite's columns hold any type whatever they declare: every column of every table is read as text.
    private const string SqliteColumns =
        """
        SELECT t.name, c.name FROM sqlite_schema t JOIN pragma_table_info(t.name) c
        WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%'
        """;

    public static async Task<IReadOnlyList<string>> FindAsync(PixyerApiFactory app, string value)
    {
        await using var connection = await app.Database.OpenAsync();
        var sqlite = TestDatabase.Provider == TestProvider.Sqlite;
        var found = new List<string>();
        foreach (var (table, column) in await ColumnsAsync(connection, sqlite ? SqliteColumns : PostgresColumns))
        {
            await using var probe = connection.CreateCommand();
            probe.CommandText = sqlite
                ? $"SELECT count(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE @pattern"
                : $"SELECT count(*) FROM \"{table}\" WHERE encode(convert_to(\"{column}\"::text, 'UTF8'), 'escape') ILIKE @pattern";
            var pattern = probe.CreateParameter();
            pattern.ParameterName = "pattern";
            pattern.Value = $"%{value}%";
            probe.Parameters.Add(pattern);
            if (Convert.ToInt64(await probe.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                found.Add($"{table}.{column}");
            }
        }

        return found;
    }

    private static async Task<List<(string Table, string Column)>> ColumnsAsync(DbConnection connection, string sql)
    {
        await using var list = connection.CreateCommand();
        list.CommandText = sql;
        await using var reader = await list.ExecuteReaderAsync();
        var columns = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }
}
