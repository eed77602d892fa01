using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

/// <summary>A throwaway ECDSA P-256 key that signs checkpoints the way docs/audit-log.md describes, for the tests.</summary>
internal sealed class TestSigner : IDisposable
{
    public const string Time = "2025-03-04T05:06:07.089Z";

    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKeyPem => key.ExportSubjectPublicKeyInfoPem();

    public string KeyId => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()).AsSpan(0, 8));

    public IndependentAuditVerifier Verifier() => new(PublicKeyPem);

    public string Sign(string text) =>
        Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(text), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    public static string Text(long treeSize, byte[] root, string time = Time, byte[]? previous = null) =>
        $"pixyer.com/audit-log\n{treeSize}\n{Convert.ToBase64String(root)}\ntime {time}\nprevious {Convert.ToBase64String(previous ?? new byte[32])}\n";

    /// <summary>A checkpoint as the API shows it: <c>{treeSize, rootHash, issuedAt, previousHash, keyId, signature, text}</c>.</summary>
    public JsonObject Checkpoint(long treeSize, byte[] root, byte[]? previous = null)
    {
        var text = Text(treeSize, root, Time, previous);
        return new JsonObject
        {
            ["treeSize"] = treeSize,
            ["rootHash"] = Convert.ToBase64String(root),
            ["issuedAt"] = Time,
            ["previousHash"] = Convert.ToBase64String(previous ?? new byte[32]),
            ["keyId"] = KeyId,
            ["signature"] = Sign(text),
            ["text"] = text,
        };
    }

    public void Dispose() => key.Dispose();
}
