using Npgsql;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>Looks for a value in every text column of every table: where a person's data could hide.</summary>
public static class DatabaseScan
{
    public static async Task<IReadOnlyList<string>> FindAsync(string connectionString, string value)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand(
                         """
                         SELECT table_name, column_name FROM information_schema.columns
                         WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'bytea', 'jsonb', 'json')
                         """,
                         connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var probe = new NpgsqlCommand(
                $"SELECT count(*) FROM \"{table}\" WHERE encode(convert_to(\"{column}\"::text, 'UTF8'), 'escape') ILIKE @pattern", connection);
            probe.Parameters.AddWithValue("pattern", $"%{value}%");
            if ((long)(await probe.ExecuteScalarAsync())! > 0)
            {
                found.Add($"{table}.{column}");
            }
        }

        return found;
    }
}
