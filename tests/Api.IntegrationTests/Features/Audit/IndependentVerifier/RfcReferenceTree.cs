using System.Security.Cryptography;

namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

/// <summary>
/// The recursive definitions of RFC 9162 §2.1.1 (MTH), §2.1.3.1 (PATH) and §2.1.4.1 (PROOF), written out literally to
/// produce proofs for the tests: slow, but nothing to get wrong. It is held to the published test vectors first.
/// </summary>
internal static class RfcReferenceTree
{
    public static byte[] HashLeaf(byte[] data) => SHA256.HashData([0x00, .. data]);

    public static byte[] Mth(ReadOnlySpan<byte[]> d) => d.Length switch
    {
        0 => SHA256.HashData([]),
        1 => d[0],
        _ => Node(Mth(d[..K(d.Length)]), Mth(d[K(d.Length)..])),
    };

    public static List<byte[]> Path(int m, ReadOnlySpan<byte[]> d)
    {
        if (d.Length == 1)
        {
            return [];
        }

        var k = K(d.Length);
        return m < k
            ? [.. Path(m, d[..k]), Mth(d[k..])]
            : [.. Path(m - k, d[k..]), Mth(d[..k])];
    }

    public static List<byte[]> Proof(int m, ReadOnlySpan<byte[]> d) => SubProof(m, d, true);

    private static List<byte[]> SubProof(int m, ReadOnlySpan<byte[]> d, bool b)
    {
        if (m == d.Length)
        {
            return b ? [] : [Mth(d)];
        }

        var k = K(d.Length);
        return m <= k
            ? [.. SubProof(m, d[..k], b), Mth(d[k..])]
            : [.. SubProof(m - k, d[k..], false), Mth(d[..k])];
    }

    private static byte[] Node(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);

    // The largest power of two smaller than n (n > 1).
    private static int K(int n)
    {
        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return k;
    }
}
