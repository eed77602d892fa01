using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Auditing;

/// <summary>
/// Integrates committed audit entries into the Merkle log, batch by batch (RFC 9162 hashing; docs/audit-log.md): it
/// takes the entries not yet sequenced in the order they were inserted, numbers them after the latest checkpoint, stores the perfect
/// subtrees they complete and signs a checkpoint of the new tree that names the previous one, all in one transaction;
/// then it writes the checkpoint outside the database. It extends only a log whose stored tree still gives the latest
/// signed root, so a cut tail or a changed entry stops it instead of being signed over. It runs outside the mediator:
/// auditing the audit log's own bookkeeping would give it an entry to sequence after every batch, forever.
/// </summary>
public sealed partial class AuditSequencer(
    IServiceScopeFactory scopes,
    ICheckpointSigner signer,
    ICheckpointArchive archive,
    IOptions<InfrastructureOptions> options,
    TimeProvider clock,
    ILogger<AuditSequencer> logger)
{
    /// <summary>Key of the advisory lock one batch holds on PostgreSQL ("PIXYSEQN"): two nodes never integrate at once. Commands never take it.</summary>
    private const long SequencerLockKey = 0x5049_5859_5345_514E;

    /// <summary>Integrates every entry committed so far; returns how many.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var batchSize = options.Value.Audit.SequencingBatchSize;
        var total = 0;
        int integrated;
        do
        {
            integrated = await IntegrateBatchAsync(batchSize, cancellationToken);
            total += integrated;
        }
        while (integrated == batchSize);

        return total;
    }

    private async Task<int> IntegrateBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PixyerDbContext>();
        // Looked at first, outside a transaction: an idle tick costs one probe of a small index and takes no write lock.
        if (!await db.AuditEntries.AnyAsync(e => e.Sequence == null, cancellationToken))
        {
            return 0;
        }

        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        AuditCheckpoint checkpoint;
        int integrated;
        await using (await unitOfWork.BeginAsync(cancellationToken))
        {
            if (!await LeadAsync(db, cancellationToken))
            {
                return 0;
            }

            var pending = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence == null)
                .OrderBy(e => e.Position)
                .Take(batchSize)
                .Select(e => new { e.Position, e.LeafHash })
                .ToListAsync(cancellationToken);
            var latest = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);
            if (pending.Count == 0 || await SignedFrontierAsync(db, latest, cancellationToken) is not { } frontier)
            {
                return 0;
            }

            await NumberAsync(db, pending.Select(e => e.Position).ToArray(), frontier.Size + 1, cancellationToken);
            checkpoint = LogIntegration.Integrate(db, frontier, pending.Select(e => e.LeafHash), latest, signer, clock.GetUtcNow());
            await scope.ServiceProvider.GetRequiredService<CheckpointWitnesses>().SendIfDueAsync(db, checkpoint, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            integrated = pending.Count;
        }

        await KeepOutsideAsync(checkpoint, cancellationToken);
        return integrated;
    }

    /// <summary>
    /// Numbers the entries at <paramref name="positions"/> from <paramref name="first"/>, in that order, with one statement:
    /// a row-by-row update through the change tracker was most of a batch's time (bench/results/2026-12-06-issue12-audit.md).
    /// </summary>
    private static async Task NumberAsync(PixyerDbContext db, long[] positions, long first, CancellationToken cancellationToken)
    {
        var numbered = db.Provider == DatabaseProvider.PostgreSql
            ? await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE audit_entries AS e SET sequence = {first - 1} + v.n
                FROM unnest({positions}) WITH ORDINALITY AS v(position, n)
                WHERE e.position = v.position AND e.sequence IS NULL
                """,
                cancellationToken)
            : await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE audit_entries SET sequence = {first} + j.key
                FROM json_each({JsonSerializer.Serialize(positions)}) AS j
                WHERE audit_entries.position = j.value AND audit_entries.sequence IS NULL
                """,
                cancellationToken);
        if (numbered != positions.Length)
        {
            throw new InvalidOperationException($"{numbered} of the {positions.Length} audit entries taken were numbered: the batch rolls back.");
        }
    }

    /// <summary>PostgreSQL: this node integrates only if no other is at it right now (it will be back next tick).</summary>
    private static async Task<bool> LeadAsync(PixyerDbContext db, CancellationToken cancellationToken) =>
        db.Provider != DatabaseProvider.PostgreSql
        || await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({SequencerLockKey}) AS \"Value\"").SingleAsync(cancellationToken);

    /// <summary>The tree's right edge as the latest checkpoint signed it; null, and logged, when the stored log no longer gives that checkpoint.</summary>
    private async Task<MerkleFrontier?> SignedFrontierAsync(PixyerDbContext db, AuditCheckpoint? latest, CancellationToken cancellationToken)
    {
        var covered = latest?.TreeSize ?? 0;
        if (await db.AuditEntries.AnyAsync(e => e.Sequence > covered, cancellationToken))
        {
            LogRefused(logger, $"entries after {covered} are sequenced, but no signed checkpoint covers them");
            return null;
        }

        if (latest is null)
        {
            return MerkleFrontier.Empty();
        }

        if (!signer.IsValid(latest))
        {
            LogRefused(logger, $"the checkpoint of {latest.TreeSize} entries does not carry a valid signature");
            return null;
        }

        try
        {
            var frontier = await new AuditTree(db).FrontierAsync(latest.TreeSize, cancellationToken);
            if (frontier.Root().AsSpan().SequenceEqual(latest.RootHash))
            {
                return frontier;
            }

            LogRefused(logger, $"the stored entries no longer give the root of the checkpoint of {latest.TreeSize} entries");
        }
        catch (AuditLogInconsistentException exception)
        {
            LogRefused(logger, exception.Message);
        }

        return null;
    }

    /// <summary>The checkpoint is committed: a file that cannot be written loses its outside copy, not the checkpoint.</summary>
    private async Task KeepOutsideAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        try
        {
            await archive.AppendAsync(checkpoint, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogNotKeptOutside(logger, checkpoint.TreeSize, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit log is not extended: {Reason}. Entries wait unsequenced; GET /api/v1/admin/audit/verify says what changed.")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit checkpoint of {TreeSize} entries could not be written outside the database ({ErrorType}).")]
    private static partial void LogNotKeptOutside(ILogger logger, long treeSize, string errorType);
}
