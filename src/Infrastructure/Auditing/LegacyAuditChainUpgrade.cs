using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Auditing;

/// <summary>
/// Makes the hash chain the audit trail was kept in before the Merkle log (left by the AuditMerkleLog migration as
/// <see cref="Table"/>) the log's first batch: the chain is verified once, each entry keeps its sequence and gets its
/// keyed leaf hash, one checkpoint signs them all and the old table is dropped, in one transaction. A broken chain
/// stops the start: it is evidence, and no checkpoint may sign it.
/// </summary>
internal static class LegacyAuditChainUpgrade
{
    public const string Table = "legacy_audit_chain";
    private const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        if (!await TableExistsAsync(db, cancellationToken))
        {
            return;
        }

        var chain = await ReadChainAsync(db, cancellationToken);
        if (FirstBrokenLink(chain) is { } broken)
        {
            throw new InvalidOperationException(
                $"The audit hash chain kept before the Merkle log is broken at entry {broken}: an entry was changed, removed or "
                + $"moved. It stays in table {Table} as evidence, and the app does not start, so that no checkpoint signs it.");
        }

        var hasher = scope.ServiceProvider.GetRequiredService<AuditLeafHasher>();
        var signer = scope.ServiceProvider.GetRequiredService<ICheckpointSigner>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        AuditCheckpoint? checkpoint = null;
        await using (await unitOfWork.BeginAsync(cancellationToken))
        {
            if (chain.Count > 0)
            {
                // The chain is contiguous from 1 (verified above): each entry keeps its sequence, and so its place in the tree.
                var entries = chain.Select(link =>
                {
                    var entry = AuditEntry.Record(link.Record, hasher);
                    entry.AssignSequence(link.Sequence);
                    return entry;
                }).ToList();
                db.AuditEntries.AddRange(entries);
                var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
                checkpoint = LogIntegration.Integrate(db, MerkleFrontier.Empty(), entries.Select(e => e.LeafHash), null, signer, clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE {Table}", cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
        }

        if (checkpoint is not null)
        {
            await scope.ServiceProvider.GetRequiredService<ICheckpointArchive>().AppendAsync(checkpoint, cancellationToken);
        }
    }

    private static async Task<bool> TableExistsAsync(PixyerDbContext db, CancellationToken cancellationToken)
    {
        var tables = db.Provider == DatabaseProvider.PostgreSql
            ? db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_tables WHERE schemaname = current_schema() AND tablename = {Table}")
            : db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {Table}");
        return await tables.SingleAsync(cancellationToken) > 0;
    }

    private static async Task<List<Link>> ReadChainAsync(PixyerDbContext db, CancellationToken cancellationToken)
    {
        var chain = new List<Link>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT sequence, occurred_at, actor_id, actor_role, subject_id, request_name, outcome, problem_type, "
                                  + $"correlation_id, previous_hash, hash FROM {Table} ORDER BY sequence";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                chain.Add(new Link(
                    reader.GetInt64(0),
                    new AuditRecord(
                        OccurredAt(db, reader),
                        NullableGuid(reader, 2),
                        NullableString(reader, 3),
                        NullableGuid(reader, 4),
                        reader.GetString(5),
                        Enum.Parse<AuditOutcome>(reader.GetString(6)),
                        NullableString(reader, 7),
                        reader.GetString(8)),
                    reader.GetString(9),
                    reader.GetString(10)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return chain;
    }

    /// <summary>The chain's own rule: numbered from 1 without gaps, each hash over its fields and the previous hash.</summary>
    private static long? FirstBrokenLink(List<Link> chain)
    {
        var previous = GenesisHash;
        for (var i = 0; i < chain.Count; i++)
        {
            var link = chain[i];
            if (link.Sequence != i + 1 || link.PreviousHash != previous || link.Hash != link.ComputeHash())
            {
                return Math.Min(link.Sequence, i + 1);
            }

            previous = link.Hash;
        }

        return null;
    }

    private static DateTimeOffset OccurredAt(PixyerDbContext db, DbDataReader reader) =>
        db.Provider == DatabaseProvider.Sqlite
            ? (DateTimeOffset)new UtcMicrosecondsConverter().ConvertFromProvider(reader.GetInt64(1))!
            : reader.GetFieldValue<DateTimeOffset>(1);

    private static Guid? NullableGuid(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetGuid(column);

    private static string? NullableString(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private sealed record Link(long Sequence, AuditRecord Record, string PreviousHash, string Hash)
    {
        /// <summary>The chain's hash: SHA-256 over a JSON array of the fields and the previous hash (the time in UTC ticks).</summary>
        public string ComputeHash()
        {
            object?[] canonical =
            [
                Sequence,
                Record.OccurredAt.UtcTicks,
                Record.ActorId,
                Record.ActorRole,
                Record.SubjectId,
                Record.RequestName,
                Record.Outcome.ToString(),
                Record.ProblemType,
                Record.CorrelationId,
                PreviousHash,
            ];
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical))));
        }
    }
}
