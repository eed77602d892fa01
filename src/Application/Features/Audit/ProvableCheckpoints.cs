using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit;

/// <summary>
/// The checkpoints proofs are drawn against. A proof is only served when the checkpoint's signature holds and the
/// stored tree gives its root, so that a proof which fails outside means the log changed, not that the server erred.
/// </summary>
public sealed class ProvableCheckpoints(IAppDbContext db, ICheckpointSigner signer)
{
    /// <summary>The checkpoint of <paramref name="treeSize"/> entries, or the latest; 404 when there is none.</summary>
    public async Task<AuditCheckpoint> FindAsync(long? treeSize, AuditTree tree, CancellationToken cancellationToken)
    {
        var checkpoints = db.AuditCheckpoints.AsNoTracking();
        var checkpoint = treeSize is { } size
            ? await checkpoints.FirstOrDefaultAsync(c => c.TreeSize == size, cancellationToken)
            : await checkpoints.OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);
        if (checkpoint is null)
        {
            throw new NotFoundException(treeSize is null ? "audit checkpoint (none is signed yet)" : $"audit checkpoint of {treeSize} entries");
        }

        if (!signer.IsValid(checkpoint))
        {
            throw new AuditLogInconsistentException($"The checkpoint of {checkpoint.TreeSize} entries does not carry a valid signature.");
        }

        if (!(await tree.HashAsync(0, checkpoint.TreeSize, cancellationToken)).AsSpan().SequenceEqual(checkpoint.RootHash))
        {
            throw new AuditLogInconsistentException($"The stored entries do not give the root of the checkpoint of {checkpoint.TreeSize} entries.");
        }

        return checkpoint;
    }
}
