namespace Pixyer.Domain.Auditing.Merkle;

/// <summary>The root of a perfect subtree: <c>2^Level</c> leaves starting at leaf <c>Index * 2^Level</c>.</summary>
public readonly record struct MerkleNode(int Level, long Index, byte[] Hash);
