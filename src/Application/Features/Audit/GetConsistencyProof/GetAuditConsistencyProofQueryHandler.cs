using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Application.Features.Audit.GetConsistencyProof;

public sealed class GetAuditConsistencyProofQueryHandler(IAppDbContext db, ProvableCheckpoints checkpoints)
    : IQueryHandler<GetAuditConsistencyProofQuery, AuditConsistencyProof>
{
    public async ValueTask<AuditConsistencyProof> Handle(GetAuditConsistencyProofQuery query, CancellationToken cancellationToken)
    {
        var tree = new AuditTree(db);
        var to = await checkpoints.FindAsync(query.To, tree, cancellationToken);
        if (query.From > to.TreeSize)
        {
            throw new ValidationException([new ValidationFailure("from", $"'from' must not be larger than the latest checkpoint's {to.TreeSize} entries.")]);
        }

        var from = await checkpoints.FindAsync(query.From, tree, cancellationToken);
        var proof = await MerkleProofs.ConsistencyAsync(from.TreeSize, to.TreeSize, tree, cancellationToken);
        return new AuditConsistencyProof(
            from.TreeSize,
            to.TreeSize,
            proof.Select(Convert.ToBase64String).ToList(),
            AuditCheckpointDto.From(from),
            AuditCheckpointDto.From(to));
    }
}
