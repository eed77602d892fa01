using System.Numerics;

namespace Pixyer.Domain.Auditing.Merkle;

/// <summary>
/// The right edge of a Merkle tree of <see cref="Size"/> leaves: the roots of the perfect subtrees its size
/// decomposes into, largest first (one per set bit of the size). It appends leaves and gives the root in
/// O(log n) memory, so a log of any length is integrated, or recomputed for verification, in one pass.
/// </summary>
public sealed class MerkleFrontier
{
    private readonly List<byte[]> roots;

    private MerkleFrontier(long size, List<byte[]> roots)
    {
        Size = size;
        this.roots = roots;
    }

    public long Size { get; private set; }

    public static MerkleFrontier Empty() => new(0, []);

    /// <summary>A frontier from its perfect subtrees' roots, largest first: one for each set bit of <paramref name="size"/>.</summary>
    public static MerkleFrontier Of(long size, IEnumerable<byte[]> perfectSubtreeRoots)
    {
        var roots = perfectSubtreeRoots.ToList();
        if (size < 0 || roots.Count != BitOperations.PopCount((ulong)size))
        {
            throw new ArgumentException($"A tree of {size} leaves has {BitOperations.PopCount((ulong)size)} perfect subtrees, not {roots.Count}.");
        }

        return new MerkleFrontier(size, roots);
    }

    /// <summary>Appends a leaf hash; every perfect subtree it completes is passed to <paramref name="completed"/>.</summary>
    public void Append(byte[] leafHash, Action<MerkleNode>? completed = null)
    {
        var hash = leafHash;
        var level = 0;
        var index = Size;
        // Each set low bit of the size is a subtree of the same height as the one being carried: merge them.
        for (var size = Size; (size & 1) == 1; size >>= 1)
        {
            hash = MerkleHashes.Node(roots[^1], hash);
            roots.RemoveAt(roots.Count - 1);
            level++;
            index >>= 1;
            completed?.Invoke(new MerkleNode(level, index, hash));
        }

        roots.Add(hash);
        Size++;
    }

    /// <summary>RFC 9162's MTH over every leaf so far: the subtrees folded from the right.</summary>
    public byte[] Root()
    {
        if (roots.Count == 0)
        {
            return MerkleHashes.EmptyRoot();
        }

        var root = roots[^1];
        for (var i = roots.Count - 2; i >= 0; i--)
        {
            root = MerkleHashes.Node(roots[i], root);
        }

        return root;
    }
}
