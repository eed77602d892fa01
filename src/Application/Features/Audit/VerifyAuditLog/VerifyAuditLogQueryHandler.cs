using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit.VerifyAuditLog;

public sealed class VerifyAuditLogQueryHandler(
    IAppDbContext db, IReadSnapshots snapshots, AuditLeafHasher hasher, ICheckpointSigner signer, ICheckpointArchive archive)
    : IQueryHandler<VerifyAuditLogQuery, AuditLogReport>
{
    public async ValueTask<AuditLogReport> Handle(VerifyAuditLogQuery query, CancellationToken cancellationToken)
    {
        // Read before the snapshot: a checkpoint is written outside only after its commit, so the snapshot holds each one.
        var outside = await archive.ReadAllAsync(cancellationToken);
        await using var snapshot = await snapshots.BeginAsync(cancellationToken);
        var checkpoints = await db.AuditCheckpoints.AsNoTracking().ToListAsync(cancellationToken);
        var nodes = await db.AuditTreeNodes.AsNoTracking().ToDictionaryAsync(n => (n.Level, n.Index), n => n.Hash, cancellationToken);
        var verifier = new AuditLogVerifier(hasher, signer.IsValid, checkpoints, outside, nodes);

        // Streamed: the log can be long, memory stays flat.
        var sequenced = db.AuditEntries.AsNoTracking().Where(e => e.Sequence != null).OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in sequenced.WithCancellation(cancellationToken))
        {
            verifier.Accept(entry);
        }

        var pending = db.AuditEntries.AsNoTracking().Where(e => e.Sequence == null).AsAsyncEnumerable();
        await foreach (var entry in pending.WithCancellation(cancellationToken))
        {
            verifier.AcceptUnsequenced(entry);
        }

        return AuditLogReport.From(verifier.Finish());
    }
}
