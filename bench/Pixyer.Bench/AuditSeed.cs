using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Pixyer.Domain.Auditing;

namespace Pixyer.Bench;

/// <summary>
/// Unsequenced audit entries made as the API makes them (<see cref="AuditEntry.Record"/> with the API's own
/// <see cref="AuditLeafHasher"/>, so the sequencer and verification accept them), written in bulk by binary COPY.
/// Consent changes of 1,000 customers, one a millisecond, ending now.
/// </summary>
internal static class AuditSeed
{
    private const int Customers = 1_000;

    private const string Copy = """
        COPY audit_entries (id, sequence, occurred_at, actor_id, actor_role, subject_id, request_name, outcome, problem_type, correlation_id, leaf_hash)
        FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>Inserts <paramref name="count"/> entries, then <c>VACUUM ANALYZE audit_entries</c>; the seconds it took.</summary>
    public static async Task<double> InsertAsync(string connectionString, AuditLeafHasher hasher, int count)
    {
        var started = Stopwatch.GetTimestamp();
        var customers = Enumerable.Range(0, Customers).Select(_ => Guid.NewGuid()).ToArray();
        var first = DateTimeOffset.UtcNow.AddMilliseconds(-count);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var importer = await connection.BeginBinaryImportAsync(Copy))
        {
            importer.Timeout = TimeSpan.Zero;
            for (var i = 0; i < count; i++)
            {
                var customer = customers[i % Customers];
                var entry = AuditEntry.Record(
                    new AuditRecord(
                        first.AddMilliseconds(i), customer, "Customer", customer, ConsentPuts.RequestName, AuditOutcome.Succeeded, null,
                        $"0HBENCH{i.ToString("X8", CultureInfo.InvariantCulture)}:00000001"),
                    hasher);
                await importer.StartRowAsync();
                await importer.WriteAsync(entry.Id, NpgsqlDbType.Uuid);
                await importer.WriteNullAsync();
                await importer.WriteAsync(entry.OccurredAt, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(entry.ActorId!.Value, NpgsqlDbType.Uuid);
                await importer.WriteAsync(entry.ActorRole!, NpgsqlDbType.Varchar);
                await importer.WriteAsync(entry.SubjectId!.Value, NpgsqlDbType.Uuid);
                await importer.WriteAsync(entry.RequestName, NpgsqlDbType.Varchar);
                await importer.WriteAsync(entry.Outcome.ToString(), NpgsqlDbType.Varchar);
                await importer.WriteNullAsync();
                await importer.WriteAsync(entry.CorrelationId, NpgsqlDbType.Varchar);
                await importer.WriteAsync(entry.LeafHash, NpgsqlDbType.Bytea);
            }

            await importer.CompleteAsync();
        }

        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE audit_entries", connection) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync();
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
