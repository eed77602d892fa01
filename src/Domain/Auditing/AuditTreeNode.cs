using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Domain.Auditing;

/// <summary>
/// A stored interior node of the audit log's tree: the root of a perfect subtree of at least
/// 2^<see cref="LowestStoredLevel"/> leaves. Proofs and the sequencer read these instead of every leaf below them, so
/// each needs O(log n) reads; smaller subtrees are recomputed from at most 256 leaf hashes.
/// </summary>
public sealed class AuditTreeNode
{
    public const int LowestStoredLevel = 8;

    private AuditTreeNode()
    {
    }

    public int Level { get; private set; }

    public long Index { get; private set; }

    public byte[] Hash { get; private set; } = [];

    public static bool IsStored(MerkleNode node) => node.Level >= LowestStoredLevel;

    public static AuditTreeNode From(MerkleNode node) => new() { Level = node.Level, Index = node.Index, Hash = node.Hash };
}
