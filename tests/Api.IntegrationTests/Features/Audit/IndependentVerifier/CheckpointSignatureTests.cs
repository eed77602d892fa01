using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

[Trait("Obligation", "P1")]
public sealed class CheckpointSignatureTests
{
    private static readonly byte[] Root = MerkleKnownAnswerTests.Roots[8];

    [Fact]
    public void VerifyCheckpoint_WhenTextIsSignedByTheKey_ShouldAcceptAndReadItsLines()
    {
        using var signer = new TestSigner();
        var previous = SHA256.HashData("the previous text"u8);
        var text = TestSigner.Text(8, Root, previous: previous);

        var result = signer.Verifier().VerifyCheckpoint(text, signer.Sign(text), signer.KeyId);

        Assert.True(result.Verified, result.ToString());
        var checkpoint = Assert.Single(result.Checkpoints);
        Assert.Equal(8, checkpoint.TreeSize);
        Assert.Equal(Root, checkpoint.RootHash);
        Assert.Equal(previous, checkpoint.PreviousHash);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 5, 6, 7, 89, TimeSpan.Zero), checkpoint.IssuedAt);
        Assert.False(checkpoint.IsFirst);
    }

    [Fact]
    public void VerifyCheckpoint_WhenAnyOneCharacterOfTheTextIsChanged_ShouldReject()
    {
        using var signer = new TestSigner();
        var verifier = signer.Verifier();
        var text = TestSigner.Text(8, Root);
        var signature = signer.Sign(text);

        for (var i = 0; i < text.Length; i++)
        {
            var changed = string.Concat(text.AsSpan(0, i), text[i] == '1' ? "2" : "1", text.AsSpan(i + 1));

            var result = verifier.VerifyCheckpoint(changed, signature, signer.KeyId);

            Assert.False(result.Verified, $"character {i} changed");
            Assert.Contains("signature does not verify", result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void VerifyCheckpoint_WhenSignedByAnotherKey_ShouldReject()
    {
        using var signer = new TestSigner();
        using var other = new TestSigner();
        var text = TestSigner.Text(8, Root);

        var underOurKeyId = signer.Verifier().VerifyCheckpoint(text, other.Sign(text), signer.KeyId);
        var underItsKeyId = signer.Verifier().VerifyCheckpoint(text, other.Sign(text), other.KeyId);

        Assert.False(underOurKeyId.Verified);
        Assert.Contains("signature does not verify", underOurKeyId.Reason, StringComparison.Ordinal);
        Assert.False(underItsKeyId.Verified);
        Assert.Contains("names key", underItsKeyId.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyCheckpoint_WhenSignatureIsNotBase64OfADerSignature_ShouldReject()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var verifier = new IndependentAuditVerifier(key.ExportSubjectPublicKeyInfoPem());
        var text = TestSigner.Text(8, Root);
        var ieeeP1363 = Convert.ToBase64String(
            key.SignData(Encoding.UTF8.GetBytes(text), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        foreach (var signature in new[] { ieeeP1363, "", "not base64!", Convert.ToBase64String(new byte[70]) })
        {
            Assert.False(verifier.VerifyCheckpoint(text, signature, verifier.KeyId).Verified, signature);
        }
    }

    [Fact]
    public void VerifyCheckpoint_WhenTextIsNotCanonical_ShouldRejectItEvenSigned()
    {
        using var signer = new TestSigner();
        var verifier = signer.Verifier();
        var canonical = TestSigner.Text(8, Root);
        var root = Convert.ToBase64String(Root);
        string[] texts =
        [
            canonical[..^1],
            canonical + "\n",
            canonical + "extension line\n",
            canonical.Replace("\n", "\r\n", StringComparison.Ordinal),
            "\n" + canonical,
            canonical.Replace("pixyer.com/audit-log", "example.com/log", StringComparison.Ordinal),
            canonical.Replace("\n8\n", "\n08\n", StringComparison.Ordinal),
            canonical.Replace("\n8\n", "\n+8\n", StringComparison.Ordinal),
            canonical.Replace("\n8\n", "\n-8\n", StringComparison.Ordinal),
            canonical.Replace("\n8\n", "\n 8\n", StringComparison.Ordinal),
            canonical.Replace("\n8\n", "\n8.0\n", StringComparison.Ordinal),
            canonical.Replace("\n8\n", "\n99999999999999999999\n", StringComparison.Ordinal),
            canonical.Replace(root, root.TrimEnd('='), StringComparison.Ordinal),
            canonical.Replace(root, root.Replace('/', '_').Replace('+', '-'), StringComparison.Ordinal),
            canonical.Replace(root, root[..20] + " " + root[20..], StringComparison.Ordinal),
            canonical.Replace(root, Convert.ToBase64String(Root[..31]), StringComparison.Ordinal),
            canonical.Replace(root, Convert.ToHexString(Root), StringComparison.Ordinal),
            canonical.Replace(TestSigner.Time, "2025-03-04T05:06:07Z", StringComparison.Ordinal),
            canonical.Replace(TestSigner.Time, "2025-03-04T05:06:07.089+00:00", StringComparison.Ordinal),
            canonical.Replace(TestSigner.Time, "2025-03-04 05:06:07.089Z", StringComparison.Ordinal),
            canonical.Replace("time ", "", StringComparison.Ordinal),
            canonical.Replace("previous ", "prev ", StringComparison.Ordinal),
            canonical.Replace("previous AAAA", "previous  AAAA", StringComparison.Ordinal),
            canonical.Replace($"previous {Convert.ToBase64String(new byte[32])}", $"previous {Convert.ToBase64String(new byte[33])}", StringComparison.Ordinal),
        ];

        foreach (var text in texts)
        {
            var result = verifier.VerifyCheckpoint(text, signer.Sign(text), signer.KeyId);

            Assert.False(result.Verified, JsonSerializer.Serialize(text));
            Assert.Contains("not canonical", result.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KeyId_ShouldBeTheFirst8BytesOfTheSha256OfTheDerSubjectPublicKeyInfo()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var expected = Convert.ToHexString(SHA256.HashData(key.ExportSubjectPublicKeyInfo()), 0, 8).ToLowerInvariant();

        var verifier = new IndependentAuditVerifier(key.ExportSubjectPublicKeyInfoPem());

        Assert.Equal(expected, verifier.KeyId);
        Assert.Matches("^[0-9a-f]{16}$", verifier.KeyId);
    }

    [Fact]
    public void Constructor_WhenPemIsNotAnEcdsaP256PublicKey_ShouldThrow()
    {
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var rsa = RSA.Create(2048);

        foreach (var pem in new[] { p256.ExportPkcs8PrivateKeyPem(), p384.ExportSubjectPublicKeyInfoPem(), rsa.ExportSubjectPublicKeyInfoPem(), "no key here" })
        {
            Assert.Throws<ArgumentException>(() => new IndependentAuditVerifier(pem));
        }
    }

    [Fact]
    public void FromAuditKeyResponse_WhenItsFieldsAreRight_ShouldVerifyWithThatKey()
    {
        using var signer = new TestSigner();
        var auditKey = AuditKey(signer.KeyId, signer.PublicKeyPem);
        var text = TestSigner.Text(8, Root);

        var verifier = IndependentAuditVerifier.FromAuditKeyResponse(auditKey);

        Assert.Equal(signer.KeyId, verifier.KeyId);
        Assert.True(verifier.VerifyCheckpoint(text, signer.Sign(text), signer.KeyId).Verified);
    }

    [Fact]
    public void FromAuditKeyResponse_WhenKeyIdOrAlgorithmIsWrong_ShouldThrow()
    {
        using var signer = new TestSigner();
        using var other = new TestSigner();

        Assert.Throws<ArgumentException>(() => IndependentAuditVerifier.FromAuditKeyResponse(AuditKey(other.KeyId, signer.PublicKeyPem)));
        Assert.Throws<ArgumentException>(() => IndependentAuditVerifier.FromAuditKeyResponse(AuditKey(signer.KeyId, signer.PublicKeyPem, "Ed25519")));
        Assert.Throws<ArgumentException>(() => IndependentAuditVerifier.FromAuditKeyResponse(AuditKey(signer.KeyId, signer.PublicKeyPem, origin: "example.com/log")));
    }

    [Fact]
    public void Follows_WhenPreviousLineIsTheSha256OfThePreviousText_ShouldBeTrue()
    {
        var first = AuditCheckpoint.Parse(TestSigner.Text(1, MerkleKnownAnswerTests.Roots[1]));
        var second = AuditCheckpoint.Parse(TestSigner.Text(2, MerkleKnownAnswerTests.Roots[2], previous: SHA256.HashData(Encoding.UTF8.GetBytes(first.Text))));

        Assert.True(first.IsFirst);
        Assert.True(second.Follows(first));
        Assert.False(second.Follows(second));
        Assert.False(first.Follows(second));
    }

    private static JsonElement AuditKey(string keyId, string pem, string algorithm = "ECDSA-P256-SHA256", string origin = "pixyer.com/audit-log") =>
        JsonSerializer.SerializeToElement(new { algorithm, keyId, publicKeyPem = pem, origin });
}
