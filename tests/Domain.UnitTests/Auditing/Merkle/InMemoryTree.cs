using System.Security.Cryptography;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Domain.UnitTests.Auditing.Merkle;

/// <summary>RFC 9162's MTH written out recursively over leaf hashes held in memory: the reference the frontier and the proofs are held against.</summary>
internal sealed class InMemoryTree(IReadOnlyList<byte[]> leafHashes) : ISubtreeHashes
{
    public static byte[] LeafHash(byte[] data) => SHA256.HashData([0x00, .. data]);

    public byte[] Root(long size) => Hash(0, size);

    public ValueTask<byte[]> HashAsync(long first, long pastLast, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Hash(first, pastLast));

    public byte[] Hash(long first, long pastLast)
    {
        var size = pastLast - first;
        if (size == 0)
        {
            return SHA256.HashData([]);
        }

        if (size == 1)
        {
            return leafHashes[(int)first];
        }

        var k = 1L;
        while (k * 2 < size)
        {
            k *= 2;
        }

        return SHA256.HashData([0x01, .. Hash(first, first + k), .. Hash(first + k, pastLast)]);
    }
}
