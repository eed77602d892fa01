using System.Numerics;
using System.Security.Cryptography;

namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

/// <summary>RFC 9162 §2.1: the Merkle Tree Hash and the verification of inclusion and consistency proofs.</summary>
public sealed partial class IndependentAuditVerifier
{
    public const int HashSize = 32;

    /// <summary>MTH({}) = SHA-256 of nothing.</summary>
    public static byte[] EmptyRoot => SHA256.HashData([]);

    /// <summary>The Merkle Tree Hash (§2.1.1) over leaf hashes already computed (Pixyer's are keyed, so they are given).</summary>
    public static byte[] ComputeRoot(IReadOnlyList<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        if (!leafHashes.All(IsHash))
        {
            throw new ArgumentException("Every leaf hash must be 32 bytes.", nameof(leafHashes));
        }

        return leafHashes.Count == 0 ? EmptyRoot : Subtree(leafHashes, 0, leafHashes.Count);

        static byte[] Subtree(IReadOnlyList<byte[]> leaves, int start, int count)
        {
            if (count == 1)
            {
                return leaves[start];
            }

            // k: the largest power of two smaller than count.
            var k = (int)BitOperations.RoundUpToPowerOf2((uint)count) / 2;
            return HashChildren(Subtree(leaves, start, k), Subtree(leaves, start + k, count - k));
        }
    }

    /// <summary>§2.1.3.2: does <paramref name="auditPath"/> lead from the leaf at <paramref name="leafIndex"/> to <paramref name="rootHash"/>?</summary>
    public static bool VerifyInclusion(long leafIndex, long treeSize, byte[] leafHash, IReadOnlyList<byte[]> auditPath, byte[] rootHash)
    {
        ArgumentNullException.ThrowIfNull(leafHash);
        ArgumentNullException.ThrowIfNull(auditPath);
        ArgumentNullException.ThrowIfNull(rootHash);
        if (leafIndex < 0 || leafIndex >= treeSize || !IsHash(leafHash) || !IsHash(rootHash) || !auditPath.All(IsHash))
        {
            return false;
        }

        var fn = (ulong)leafIndex;
        var sn = (ulong)(treeSize - 1);
        var r = leafHash;
        foreach (var p in auditPath)
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = HashChildren(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = HashChildren(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.AsSpan().SequenceEqual(rootHash);
    }

    /// <summary>
    /// §2.1.4.2: is the tree of <paramref name="secondSize"/> leaves an append-only extension of the tree of
    /// <paramref name="firstSize"/>? The RFC's algorithm is for 0 &lt; first &lt; second; outside it nothing is to be
    /// proved, so the proof must be empty and the roots must be equal (first = second) or the first the empty tree's.
    /// </summary>
    public static bool VerifyConsistency(long firstSize, long secondSize, byte[] firstRoot, byte[] secondRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(firstRoot);
        ArgumentNullException.ThrowIfNull(secondRoot);
        ArgumentNullException.ThrowIfNull(proof);
        if (firstSize < 0 || secondSize < firstSize || !IsHash(firstRoot) || !IsHash(secondRoot) || !proof.All(IsHash))
        {
            return false;
        }

        if (firstSize == secondSize)
        {
            return proof.Count == 0 && firstRoot.AsSpan().SequenceEqual(secondRoot);
        }

        if (firstSize == 0)
        {
            return proof.Count == 0 && firstRoot.AsSpan().SequenceEqual(EmptyRoot);
        }

        if (proof.Count == 0)
        {
            return false;
        }

        IReadOnlyList<byte[]> path = BitOperations.IsPow2(firstSize) ? [firstRoot, .. proof] : proof;
        var fn = (ulong)(firstSize - 1);
        var sn = (ulong)(secondSize - 1);
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        for (var i = 1; i < path.Count; i++)
        {
            var c = path[i];
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = HashChildren(c, fr);
                sr = HashChildren(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = HashChildren(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return fr.AsSpan().SequenceEqual(firstRoot) && sr.AsSpan().SequenceEqual(secondRoot) && sn == 0;
    }

    private static byte[] HashChildren(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);

    private static bool IsHash(byte[]? hash) => hash is { Length: HashSize };
}
