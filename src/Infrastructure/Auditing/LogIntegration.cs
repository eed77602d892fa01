using Pixyer.Application.Common.Auditing;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Auditing;

/// <summary>How a batch joins the log, whoever integrates it: the sequencer, or the upgrade of the old hash chain.</summary>
internal static class LogIntegration
{
    /// <summary>
    /// Adds the leaves, which the next sequences number, to <paramref name="frontier"/>, stores each perfect subtree they
    /// complete, and adds the signed checkpoint of the grown tree, which follows <paramref name="latest"/>.
    /// </summary>
    public static AuditCheckpoint Integrate(
        PixyerDbContext db, MerkleFrontier frontier, IEnumerable<byte[]> leafHashes, AuditCheckpoint? latest, ICheckpointSigner signer, DateTimeOffset now)
    {
        foreach (var leafHash in leafHashes)
        {
            frontier.Append(leafHash, node =>
            {
                if (AuditTreeNode.IsStored(node))
                {
                    db.AuditTreeNodes.Add(AuditTreeNode.From(node));
                }
            });
        }

        var checkpoint = signer.Sign(CheckpointStatement.After(latest?.Statement, frontier.Size, frontier.Root(), now));
        db.AuditCheckpoints.Add(checkpoint);
        return checkpoint;
    }
}
