using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Domain.UnitTests.Auditing.Merkle;

/// <summary>
/// The tree against the published RFC 6962 / RFC 9162 known answers (certificate-transparency's test set of eight
/// leaves, as transparency-dev/merkle's testonly package carries it), and against the recursive definition for many sizes.
/// </summary>
[Trait("Obligation", "P1")]
public sealed class MerkleTreeTests
{
    private static readonly byte[][] Leaves = new[]
        {
            "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
        }.Select(h => InMemoryTree.LeafHash(Convert.FromHexString(h))).ToArray();

    private static readonly string[] Roots =
    [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    public static TheoryData<long, long, string[]> InclusionVectors => new()
    {
        { 0, 1, [] },
        { 0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"] },
        { 5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"] },
        { 2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"] },
        { 1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"] },
    };

    public static TheoryData<long, long, string[]> ConsistencyVectors => new()
    {
        { 1, 1, [] },
        { 1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"] },
        { 6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"] },
        { 2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"] },
    };

    [Fact]
    public void Root_ForEveryPrefixOfTheTestLeaves_ShouldBeThePublishedRoot()
    {
        var frontier = MerkleFrontier.Empty();
        Assert.Equal(Roots[0], Hex(frontier.Root()));

        for (var size = 1; size <= Leaves.Length; size++)
        {
            frontier.Append(Leaves[size - 1]);

            Assert.Equal(Roots[size], Hex(frontier.Root()));
        }
    }

    [Theory]
    [MemberData(nameof(InclusionVectors))]
    public async Task Inclusion_ForThePublishedCases_ShouldGiveThePublishedPath(long index, long size, string[] path)
    {
        var proof = await MerkleProofs.InclusionAsync(index, size, new InMemoryTree(Leaves), CancellationToken.None);

        Assert.Equal(path, proof.Select(Hex));
    }

    [Theory]
    [MemberData(nameof(ConsistencyVectors))]
    public async Task Consistency_ForThePublishedCases_ShouldGiveThePublishedProof(long oldSize, long newSize, string[] expected)
    {
        var proof = await MerkleProofs.ConsistencyAsync(oldSize, newSize, new InMemoryTree(Leaves), CancellationToken.None);

        Assert.Equal(expected, proof.Select(Hex));
    }

    [Fact]
    public void Append_ForEverySizeUpTo600_ShouldMatchTheRecursiveDefinitionAndReportEachCompletedSubtreeOnce()
    {
        var leaves = Enumerable.Range(0, 600).Select(i => InMemoryTree.LeafHash(BitConverter.GetBytes(i))).ToList();
        var reference = new InMemoryTree(leaves);
        var frontier = MerkleFrontier.Empty();
        var completed = new List<MerkleNode>();

        foreach (var leaf in leaves)
        {
            frontier.Append(leaf, completed.Add);

            Assert.Equal(Hex(reference.Root(frontier.Size)), Hex(frontier.Root()));
        }

        // Each perfect subtree is reported once, when its last leaf arrives, and is MTH over its leaves.
        Assert.Equal(completed.Count, completed.Select(n => (n.Level, n.Index)).Distinct().Count());
        Assert.All(completed, n => Assert.Equal(
            Hex(reference.Hash(n.Index << n.Level, (n.Index + 1) << n.Level)), Hex(n.Hash)));
        Assert.Equal(600 / 256, completed.Count(n => n.Level == 8));
    }

    [Fact]
    public void Of_FromThePerfectSubtreesOfAPrefix_ShouldContinueAsIfBuiltLeafByLeaf()
    {
        var leaves = Enumerable.Range(0, 13).Select(i => InMemoryTree.LeafHash([(byte)i])).ToList();
        var reference = new InMemoryTree(leaves);
        // 11 = 8 + 2 + 1: the subtrees over leaves 0-7, 8-9 and 10.
        var frontier = MerkleFrontier.Of(11, [reference.Root(8), reference.Hash(8, 10), leaves[10]]);

        frontier.Append(leaves[11]);
        frontier.Append(leaves[12]);

        Assert.Equal(Hex(reference.Root(13)), Hex(frontier.Root()));
    }

    [Fact]
    public void Of_WhenTheSubtreesDoNotMatchTheSize_ShouldRefuse() =>
        Assert.Throws<ArgumentException>(() => MerkleFrontier.Of(11, [new byte[32]]));

    [Fact]
    public async Task Proofs_WhenIndexOrSizesAreOutOfRange_ShouldRefuse()
    {
        var tree = new InMemoryTree(Leaves);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => MerkleProofs.InclusionAsync(8, 8, tree, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => MerkleProofs.ConsistencyAsync(0, 8, tree, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => MerkleProofs.ConsistencyAsync(5, 4, tree, default));
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
