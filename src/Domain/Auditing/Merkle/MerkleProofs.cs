namespace Pixyer.Domain.Auditing.Merkle;

/// <summary>The proofs of RFC 9162: an inclusion proof (§2.1.3.1) and a consistency proof (§2.1.4.1).</summary>
public static class MerkleProofs
{
    /// <summary>
    /// The most hashes a proof holds: an audit path has one per level below the root, at most 63 in a tree of at most
    /// <see cref="long.MaxValue"/> leaves, and a consistency proof at most one more.
    /// </summary>
    public const int MaxHashes = 64;

    /// <summary>The audit path of leaf <paramref name="index"/> (0-based) in the tree of its first <paramref name="size"/> leaves, nearest sibling first.</summary>
    public static async Task<IReadOnlyList<byte[]>> InclusionAsync(
        long index, long size, ISubtreeHashes tree, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var path = new List<byte[]>();
        long start = 0, end = size;
        while (end - start > 1)
        {
            var split = start + MerkleHashes.SplitPoint(end - start);
            if (index < split)
            {
                path.Add(await tree.HashAsync(split, end, cancellationToken));
                end = split;
            }
            else
            {
                path.Add(await tree.HashAsync(start, split, cancellationToken));
                start = split;
            }
        }

        // Collected from the root down; the proof lists the leaf's sibling first.
        path.Reverse();
        return path;
    }

    /// <summary>The proof that the tree of <paramref name="oldSize"/> leaves is a prefix of the tree of <paramref name="newSize"/>.</summary>
    public static async Task<IReadOnlyList<byte[]>> ConsistencyAsync(
        long oldSize, long newSize, ISubtreeHashes tree, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        var proof = new List<byte[]>();
        await SubProofAsync(oldSize, 0, newSize, wholeOldTree: true, proof, tree, cancellationToken);
        return proof;
    }

    /// <summary>SUBPROOF(m, D[start:end], b); appends in the order the RFC concatenates.</summary>
    private static async Task SubProofAsync(
        long m, long start, long end, bool wholeOldTree, List<byte[]> proof, ISubtreeHashes tree, CancellationToken cancellationToken)
    {
        if (m == end - start)
        {
            if (!wholeOldTree)
            {
                proof.Add(await tree.HashAsync(start, end, cancellationToken));
            }

            return;
        }

        var k = MerkleHashes.SplitPoint(end - start);
        if (m <= k)
        {
            await SubProofAsync(m, start, start + k, wholeOldTree, proof, tree, cancellationToken);
            proof.Add(await tree.HashAsync(start + k, end, cancellationToken));
        }
        else
        {
            await SubProofAsync(m - k, start + k, end, false, proof, tree, cancellationToken);
            proof.Add(await tree.HashAsync(start, start + k, cancellationToken));
        }
    }
}
