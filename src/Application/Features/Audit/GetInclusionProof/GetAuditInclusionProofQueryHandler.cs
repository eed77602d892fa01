using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Application.Features.Audit.GetInclusionProof;

public sealed class GetAuditInclusionProofQueryHandler(IAppDbContext db, ProvableCheckpoints checkpoints)
    : IQueryHandler<GetAuditInclusionProofQuery, AuditInclusionProof>
{
    public async ValueTask<AuditInclusionProof> Handle(GetAuditInclusionProofQuery query, CancellationToken cancellationToken)
    {
        var tree = new AuditTree(db);
        var checkpoint = await checkpoints.FindAsync(query.TreeSize, tree, cancellationToken);
        var leaf = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence == query.Sequence && e.Sequence <= checkpoint.TreeSize)
            .Select(e => e.LeafHash)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"audit entry {query.Sequence} in the checkpoint of {checkpoint.TreeSize} entries");

        var path = await MerkleProofs.InclusionAsync(query.Sequence - 1, checkpoint.TreeSize, tree, cancellationToken);
        return new AuditInclusionProof(
            query.Sequence,
            query.Sequence - 1,
            Convert.ToBase64String(leaf),
            checkpoint.TreeSize,
            path.Select(Convert.ToBase64String).ToList(),
            AuditCheckpointDto.From(checkpoint));
    }
}
