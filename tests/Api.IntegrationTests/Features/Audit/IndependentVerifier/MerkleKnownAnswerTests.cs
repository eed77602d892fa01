namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

/// <summary>
/// The verifier against the public RFC 6962 test tree of 8 leaves. The values are those of
/// google/certificate-transparency cpp/merkletree/merkle_tree_test.cc, as kept in transparency-dev/merkle
/// (testonly/constants.go for the leaves and roots, proof/verify_test.go for the proofs; the same set is in
/// Chromium's net/cert/ct_log_verifier_unittest.cc). The altered proofs are the probes of proof/verify_test.go.
/// </summary>
[Trait("Obligation", "P1")]
public sealed class MerkleKnownAnswerTests
{
    internal static readonly byte[][] LeafInputs = Hex(
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    internal static readonly byte[][] LeafHashes = Hex(
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
        "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
        "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1");

    /// <summary>Roots[n] is the root of the first n leaves.</summary>
    internal static readonly byte[][] Roots = Hex(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    /// <summary>(leaf index, tree size, audit path); verify_test.go numbers leaves from 1, these from 0.</summary>
    internal static readonly (int Index, int Size, byte[][] Path)[] InclusionVectors =
    [
        (0, 1, []),
        (0, 8, Hex(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
        (5, 8, Hex(
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
        (2, 3, Hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
        (1, 5, Hex(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
    ];

    /// <summary>(first size, second size, proof).</summary>
    internal static readonly (int First, int Second, byte[][] Proof)[] ConsistencyVectors =
    [
        (1, 1, []),
        (1, 8, Hex(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
        (6, 8, Hex(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
        (2, 5, Hex(
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
        (6, 7, Hex(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
    ];

    private static readonly byte[] SomeHash = Convert.FromHexString("abacaba000000000000000000000000000000000000000000060061e00123456");

    [Fact]
    public void ComputeRoot_ForEverySizeOfTheTestTree_ShouldGiveTheKnownRoot()
    {
        var leafHashes = LeafInputs.Select(RfcReferenceTree.HashLeaf).ToArray();
        Assert.Equal(LeafHashes.Select(Convert.ToHexString), leafHashes.Select(Convert.ToHexString));

        for (var n = 0; n <= 8; n++)
        {
            Assert.Equal(Convert.ToHexString(Roots[n]), Convert.ToHexString(IndependentAuditVerifier.ComputeRoot(leafHashes[..n])));
        }
    }

    [Fact]
    public void VerifyInclusion_WhenPathIsFromTheTestVectors_ShouldAccept()
    {
        foreach (var (index, size, path) in InclusionVectors)
        {
            Assert.True(
                IndependentAuditVerifier.VerifyInclusion(index, size, LeafHashes[index], path, Roots[size]),
                $"leaf {index} of tree size {size}");
        }
    }

    [Fact]
    public void VerifyInclusion_WhenTheTestVectorIsAltered_ShouldReject()
    {
        foreach (var (index, size, path) in InclusionVectors)
        {
            var leaf = LeafHashes[index];
            var root = Roots[size];
            var probes = new List<(string What, long Index, long Size, byte[] Leaf, byte[][] Path, byte[] Root)>
            {
                ("index - 1", index - 1, size, leaf, path, root),
                ("index + 1", index + 1, size, leaf, path, root),
                ("index ^ 2", index ^ 2, size, leaf, path, root),
                ("size * 2", index, size * 2, leaf, path, root),
                ("size / 2", index, size / 2, leaf, path, root),
                ("another leaf", index, size, LeafHashes[(index + 1) % 8], path, root),
                ("leaf with a flipped bit", index, size, FlipBit(leaf, 0), path, root),
                ("empty-tree root", index, size, leaf, path, Roots[0]),
                ("random root", index, size, leaf, path, SomeHash),
                ("trailing empty element", index, size, leaf, [.. path, []], root),
                ("trailing root", index, size, leaf, [.. path, root], root),
                ("preceding empty element", index, size, leaf, [[], .. path], root),
                ("preceding root", index, size, leaf, [root, .. path], root),
            };
            for (var i = 0; i < path.Length; i++)
            {
                probes.Add(($"path[{i}] with a flipped bit", index, size, leaf, WithFlippedBit(path, i), root));
            }

            if (path.Length > 0)
            {
                probes.Add(("one element short", index, size, leaf, path[..^1], root));
            }

            if (path.Length > 1)
            {
                probes.Add(("one element inserted", index, size, leaf, [path[0], SomeHash, .. path[1..]], root));
            }

            foreach (var p in probes)
            {
                Assert.False(
                    IndependentAuditVerifier.VerifyInclusion(p.Index, p.Size, p.Leaf, p.Path, p.Root),
                    $"leaf {index} of tree size {size}, {p.What}");
            }
        }
    }

    [Fact]
    public void VerifyInclusion_WhenTreeHasOneLeaf_ShouldAcceptOnlyThatLeafAsTheRoot()
    {
        var leaf = RfcReferenceTree.HashLeaf("data"u8.ToArray());

        Assert.True(IndependentAuditVerifier.VerifyInclusion(0, 1, leaf, [], leaf));
        Assert.False(IndependentAuditVerifier.VerifyInclusion(0, 1, leaf, [], SomeHash));
        Assert.False(IndependentAuditVerifier.VerifyInclusion(0, 1, SomeHash, [], leaf));
        Assert.False(IndependentAuditVerifier.VerifyInclusion(0, 1, [], [], []));
        Assert.False(IndependentAuditVerifier.VerifyInclusion(0, 0, leaf, [], leaf));
        Assert.False(IndependentAuditVerifier.VerifyInclusion(1, 1, leaf, [], leaf));
    }

    [Fact]
    public void VerifyConsistency_WhenProofIsFromTheTestVectors_ShouldAccept()
    {
        foreach (var (first, second, proof) in ConsistencyVectors)
        {
            Assert.True(
                IndependentAuditVerifier.VerifyConsistency(first, second, Roots[first], Roots[second], proof),
                $"tree size {first} to {second}");
        }
    }

    [Fact]
    public void VerifyConsistency_WhenTheTestVectorIsAltered_ShouldReject()
    {
        foreach (var (first, second, proof) in ConsistencyVectors.Where(v => v.Proof.Length > 0))
        {
            var (root1, root2) = (Roots[first], Roots[second]);
            var probes = new List<(string What, long First, long Second, byte[] Root1, byte[] Root2, byte[][] Proof)>
            {
                ("first - 1", first - 1, second, root1, root2, proof),
                ("first + 1", first + 1, second, root1, root2, proof),
                ("first ^ 2", first ^ 2, second, root1, root2, proof),
                ("second * 2", first, second * 2, root1, root2, proof),
                ("second / 2", first, second / 2, root1, root2, proof),
                ("wrong first root", first, second, SomeHash, root2, proof),
                ("wrong second root", first, second, root1, SomeHash, proof),
                ("swapped roots", first, second, root2, root1, proof),
                ("empty proof", first, second, root1, root2, []),
                ("trailing empty element", first, second, root1, root2, [.. proof, []]),
                ("trailing first root", first, second, root1, root2, [.. proof, root1]),
                ("trailing second root", first, second, root1, root2, [.. proof, root2]),
                ("preceding empty element", first, second, root1, root2, [[], .. proof]),
                ("preceding first root", first, second, root1, root2, [root1, .. proof]),
                ("preceding second root", first, second, root1, root2, [root2, .. proof]),
                ("proof[0] twice", first, second, root1, root2, [proof[0], .. proof]),
                ("one element short", first, second, root1, root2, proof[..^1]),
            };
            for (var i = 0; i < proof.Length; i++)
            {
                probes.Add(($"proof[{i}] with a flipped bit", first, second, root1, root2, WithFlippedBit(proof, i)));
            }

            foreach (var p in probes)
            {
                Assert.False(
                    IndependentAuditVerifier.VerifyConsistency(p.First, p.Second, p.Root1, p.Root2, p.Proof),
                    $"tree size {first} to {second}, {p.What}");
            }
        }
    }

    [Fact]
    public void VerifyConsistency_WhenSizesAreEqual_ShouldAcceptOnlyAnEmptyProofBetweenEqualRoots()
    {
        Assert.True(IndependentAuditVerifier.VerifyConsistency(5, 5, Roots[5], Roots[5], []));
        Assert.False(IndependentAuditVerifier.VerifyConsistency(5, 5, Roots[5], Roots[6], []));
        Assert.False(IndependentAuditVerifier.VerifyConsistency(5, 5, Roots[5], Roots[5], [Roots[5]]));
        Assert.True(IndependentAuditVerifier.VerifyConsistency(0, 0, Roots[0], Roots[0], []));
    }

    [Fact]
    public void VerifyConsistency_WhenFirstTreeIsEmpty_ShouldAcceptOnlyTheEmptyRootWithAnEmptyProof()
    {
        Assert.True(IndependentAuditVerifier.VerifyConsistency(0, 8, Roots[0], Roots[8], []));
        Assert.False(IndependentAuditVerifier.VerifyConsistency(0, 8, SomeHash, Roots[8], []));
        Assert.False(IndependentAuditVerifier.VerifyConsistency(0, 8, Roots[0], Roots[8], [Roots[8]]));
    }

    [Fact]
    public void VerifyConsistency_WhenSecondTreeIsSmaller_ShouldReject()
    {
        Assert.False(IndependentAuditVerifier.VerifyConsistency(8, 6, Roots[8], Roots[6], ConsistencyVectors[2].Proof));
        Assert.False(IndependentAuditVerifier.VerifyConsistency(1, 0, Roots[1], Roots[0], []));
        Assert.False(IndependentAuditVerifier.VerifyConsistency(-1, 1, Roots[0], Roots[1], []));
    }

    [Fact]
    public void ReferenceTree_ShouldReproduceEveryPublishedProof()
    {
        foreach (var (index, size, path) in InclusionVectors)
        {
            Assert.Equal(path.Select(Convert.ToHexString), RfcReferenceTree.Path(index, LeafHashes.AsSpan(..size)).Select(Convert.ToHexString));
        }

        foreach (var (first, second, proof) in ConsistencyVectors.Where(v => v.First < v.Second))
        {
            Assert.Equal(proof.Select(Convert.ToHexString), RfcReferenceTree.Proof(first, LeafHashes.AsSpan(..second)).Select(Convert.ToHexString));
        }

        for (var n = 0; n <= 8; n++)
        {
            Assert.Equal(Convert.ToHexString(Roots[n]), Convert.ToHexString(RfcReferenceTree.Mth(LeafHashes.AsSpan(..n))));
        }
    }

    [Fact]
    public void VerifyInclusion_ForEveryLeafOfEveryTreeUpTo70Leaves_ShouldAcceptTheRfcPathAndRejectItForAnyOtherLeaf()
    {
        var leaves = SyntheticLeaves(70);
        for (var n = 1; n <= leaves.Length; n++)
        {
            var root = RfcReferenceTree.Mth(leaves.AsSpan(..n));
            for (var m = 0; m < n; m++)
            {
                var path = RfcReferenceTree.Path(m, leaves.AsSpan(..n));
                Assert.True(IndependentAuditVerifier.VerifyInclusion(m, n, leaves[m], path, root), $"leaf {m} of {n}");
                for (var other = 0; other < n; other++)
                {
                    Assert.True(
                        other == m || !IndependentAuditVerifier.VerifyInclusion(other, n, leaves[m], path, root),
                        $"path of leaf {m} of {n} accepted at index {other}");
                }

                for (var i = 0; i < path.Count; i++)
                {
                    Assert.False(
                        IndependentAuditVerifier.VerifyInclusion(m, n, leaves[m], WithFlippedBit([.. path], i, bit: 7), root),
                        $"leaf {m} of {n}, path[{i}] with a flipped bit");
                }
            }
        }
    }

    [Fact]
    public void VerifyConsistency_ForEveryPairOfTreesUpTo70Leaves_ShouldAcceptTheRfcProofAndRejectItAltered()
    {
        var leaves = SyntheticLeaves(70);
        var roots = Enumerable.Range(0, leaves.Length + 1).Select(n => RfcReferenceTree.Mth(leaves.AsSpan(..n))).ToArray();
        for (var n = 2; n <= leaves.Length; n++)
        {
            for (var m = 1; m < n; m++)
            {
                byte[][] proof = [.. RfcReferenceTree.Proof(m, leaves.AsSpan(..n))];
                Assert.True(IndependentAuditVerifier.VerifyConsistency(m, n, roots[m], roots[n], proof), $"{m} to {n}");
                Assert.False(IndependentAuditVerifier.VerifyConsistency(m, n, roots[n], roots[m], proof), $"{m} to {n}, swapped roots");
                Assert.False(IndependentAuditVerifier.VerifyConsistency(m, n, roots[m], roots[n], proof[..^1]), $"{m} to {n}, one short");
                Assert.False(IndependentAuditVerifier.VerifyConsistency(m, n, roots[m], roots[n], [.. proof, roots[n]]), $"{m} to {n}, one long");
                for (var i = 0; i < proof.Length; i++)
                {
                    Assert.False(
                        IndependentAuditVerifier.VerifyConsistency(m, n, roots[m], roots[n], WithFlippedBit(proof, i, bit: 7)),
                        $"{m} to {n}, proof[{i}] with a flipped bit");
                }
            }
        }
    }

    internal static byte[] FlipBit(byte[] hash, int bit)
    {
        var copy = hash.ToArray();
        copy[bit / 8] ^= (byte)(1 << (bit % 8));
        return copy;
    }

    private static byte[][] WithFlippedBit(byte[][] hashes, int index, int bit = 3)
    {
        var copy = hashes.ToArray();
        copy[index] = FlipBit(copy[index], bit);
        return copy;
    }

    private static byte[][] SyntheticLeaves(int count) =>
        [.. Enumerable.Range(0, count).Select(i => RfcReferenceTree.HashLeaf(BitConverter.GetBytes(i)))];

    private static byte[][] Hex(params string[] values) => [.. values.Select(Convert.FromHexString)];
}
