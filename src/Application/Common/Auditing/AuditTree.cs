using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Application.Common.Auditing;

/// <summary>
/// The audit log's Merkle tree as stored: leaf hashes on the sequenced entries (leaf index = sequence - 1), and the
/// roots of perfect subtrees of 256 leaves and more in <see cref="AuditTreeNode"/> rows. Any subtree hash takes
/// O(log n) node reads and at most 256 leaves, so proofs and the sequencer never read the whole log.
/// </summary>
public sealed class AuditTree(IAppDbContext db) : ISubtreeHashes
{
    private const long LeavesPerStoredNode = 1L << AuditTreeNode.LowestStoredLevel;
    private readonly Dictionary<(long, long), byte[]> read = [];
    private readonly Dictionary<long, byte[]?[]> blocks = [];

    public async ValueTask<byte[]> HashAsync(long first, long pastLast, CancellationToken cancellationToken)
    {
        if (read.TryGetValue((first, pastLast), out var known))
        {
            return known;
        }

        var size = pastLast - first;
        byte[] hash;
        if (size <= LeavesPerStoredNode)
        {
            var frontier = MerkleFrontier.Empty();
            foreach (var leaf in await LeavesAsync(first, pastLast, cancellationToken))
            {
                frontier.Append(leaf);
            }

            hash = frontier.Root();
        }
        else if (long.IsPow2(size) && first % size == 0)
        {
            hash = await NodeAsync((int)long.Log2(size), first / size, cancellationToken);
        }
        else
        {
            var split = first + MerkleHashes.SplitPoint(size);
            var left = await HashAsync(first, split, cancellationToken);
            var right = await HashAsync(split, pastLast, cancellationToken);
            hash = MerkleHashes.Node(left, right);
        }

        read[(first, pastLast)] = hash;
        return hash;
    }

    /// <summary>The right edge of the first <paramref name="size"/> leaves, ready to append to.</summary>
    public async Task<MerkleFrontier> FrontierAsync(long size, CancellationToken cancellationToken)
    {
        var stored = new List<byte[]>();
        long covered = 0;
        for (var level = 62; level >= AuditTreeNode.LowestStoredLevel; level--)
        {
            var width = 1L << level;
            if ((size & width) != 0)
            {
                stored.Add(await NodeAsync(level, covered / width, cancellationToken));
                covered += width;
            }
        }

        var frontier = MerkleFrontier.Of(covered, stored);
        foreach (var leaf in await LeavesAsync(covered, size, cancellationToken))
        {
            frontier.Append(leaf);
        }

        return frontier;
    }

    private async Task<byte[]> NodeAsync(int level, long index, CancellationToken cancellationToken) =>
        await db.AuditTreeNodes.AsNoTracking()
            .Where(n => n.Level == level && n.Index == index)
            .Select(n => n.Hash)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new AuditLogInconsistentException(
            $"The stored tree node over entries {(index << level) + 1} to {(index + 1) << level} is missing.");

    /// <summary>
    /// Leaves first..pastLast-1, read a block of 256 at a time: a proof's small subtrees all lie in one or two blocks,
    /// so each block costs one query however many of its subtrees the proof names.
    /// </summary>
    private async Task<List<byte[]>> LeavesAsync(long first, long pastLast, CancellationToken cancellationToken)
    {
        var leaves = new List<byte[]>((int)(pastLast - first));
        for (var index = first; index < pastLast; index++)
        {
            var block = await BlockAsync(index / LeavesPerStoredNode, cancellationToken);
            leaves.Add(block[index % LeavesPerStoredNode]
                ?? throw new AuditLogInconsistentException($"Entry {index + 1} of the log is not stored."));
        }

        return leaves;
    }

    private async Task<byte[]?[]> BlockAsync(long block, CancellationToken cancellationToken)
    {
        if (blocks.TryGetValue(block, out var known))
        {
            return known;
        }

        var first = block * LeavesPerStoredNode;
        var leaves = new byte[]?[LeavesPerStoredNode];
        var stored = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence > first && e.Sequence <= first + LeavesPerStoredNode)
            .Select(e => new { e.Sequence, e.LeafHash })
            .ToListAsync(cancellationToken);
        foreach (var entry in stored)
        {
            leaves[entry.Sequence!.Value - 1 - first] = entry.LeafHash;
        }

        blocks[block] = leaves;
        return leaves;
    }
}
