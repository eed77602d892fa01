using System.Security.Cryptography;

namespace Pixyer.Domain.Auditing.Merkle;

/// <summary>
/// The hashing of RFC 9162 §2.1.1 (Certificate Transparency v2): a leaf hash is taken over <c>0x00 || leaf</c>, an
/// interior node over <c>0x01 || left || right</c>, so that no leaf can pass for a node. The leaf hash is keyed
/// (HMAC-SHA256): without the audit key nobody can make a leaf the log accepts. Nodes are plain SHA-256, so that
/// anyone holding a leaf hash, a proof and a signed checkpoint can check them without the key.
/// </summary>
public static class MerkleHashes
{
    public const int Size = 32;
    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    /// <summary>The root of the empty tree: SHA-256 of nothing.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    public static byte[] Leaf(ReadOnlySpan<byte> key, ReadOnlySpan<byte> leaf)
    {
        var prefixed = new byte[leaf.Length + 1];
        prefixed[0] = LeafPrefix;
        leaf.CopyTo(prefixed.AsSpan(1));
        return HMACSHA256.HashData(key, prefixed);
    }

    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> joined = stackalloc byte[1 + (2 * Size)];
        joined[0] = NodePrefix;
        left.CopyTo(joined[1..]);
        right.CopyTo(joined[(1 + Size)..]);
        return SHA256.HashData(joined);
    }

    /// <summary>The largest power of two smaller than <paramref name="size"/> (the split point k of RFC 9162), for a size of 2 or more.</summary>
    public static long SplitPoint(long size) => 1L << (63 - (int)long.LeadingZeroCount(size - 1));
}
