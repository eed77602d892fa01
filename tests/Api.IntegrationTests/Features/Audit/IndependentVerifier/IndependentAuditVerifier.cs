using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Pixyer.Api.IntegrationTests.Features.Audit.IndependentVerifier;

/// <summary>
/// Checks Pixyer's audit-log checkpoints and proofs with nothing but the public key, written from docs/audit-log.md
/// ("Formats", "Proofs") and RFC 9162 §2.1, never from the server's code. The sizes and roots a proof is checked
/// against are read from the signed checkpoint text; the unsigned JSON fields only have to agree with it.
/// </summary>
public sealed partial class IndependentAuditVerifier
{
    public const string Origin = "pixyer.com/audit-log";
    public const string Algorithm = "ECDSA-P256-SHA256";
    private const string P256Oid = "1.2.840.10045.3.1.7";

    private readonly byte[] subjectPublicKeyInfo;

    /// <param name="publicKeyPem">A "PUBLIC KEY" PEM (DER SubjectPublicKeyInfo) of an ECDSA P-256 key.</param>
    public IndependentAuditVerifier(string publicKeyPem)
    {
        ArgumentNullException.ThrowIfNull(publicKeyPem);
        if (!PemEncoding.TryFind(publicKeyPem, out var pem) || publicKeyPem[pem.Label] != "PUBLIC KEY")
        {
            throw new ArgumentException("Expected a PEM \"PUBLIC KEY\" (SubjectPublicKeyInfo).", nameof(publicKeyPem));
        }

        var der = Convert.FromBase64String(publicKeyPem[pem.Base64Data]);
        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(der, out var read);
            if (read != der.Length || key.ExportParameters(false).Curve.Oid?.Value != P256Oid)
            {
                throw new ArgumentException("Expected an ECDSA key on the NIST P-256 curve.", nameof(publicKeyPem));
            }
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException("Expected an ECDSA public key: " + e.Message, nameof(publicKeyPem), e);
        }

        subjectPublicKeyInfo = der;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(der).AsSpan(0, 8));
    }

    /// <summary>The first 8 bytes of SHA-256 over the DER SubjectPublicKeyInfo, in lower-case hex.</summary>
    public string KeyId { get; }

    /// <summary>
    /// A verifier from the answer of <c>GET /api/v1/privacy/audit-key</c>
    /// (<c>{algorithm, keyId, publicKeyPem, origin}</c>), after checking that its algorithm, origin and key id are right.
    /// </summary>
    public static IndependentAuditVerifier FromAuditKeyResponse(JsonElement auditKey)
    {
        try
        {
            Agree(RequiredString(auditKey, "algorithm"), Algorithm, "algorithm");
            Agree(RequiredString(auditKey, "origin"), Origin, "origin");
            var verifier = new IndependentAuditVerifier(RequiredString(auditKey, "publicKeyPem"));
            Agree(RequiredString(auditKey, "keyId"), verifier.KeyId, "keyId");
            return verifier;
        }
        catch (FormatException e)
        {
            throw new ArgumentException("Not a usable audit key: " + e.Message, nameof(auditKey), e);
        }
    }

    /// <summary>Checks a checkpoint's signature (base64 of the DER ECDSA signature) and its text's canonical shape.</summary>
    public VerificationResult VerifyCheckpoint(string text, string signature, string keyId)
    {
        try
        {
            return VerificationResult.Success(ReadCheckpoint(text, signature, keyId));
        }
        catch (FormatException e)
        {
            return VerificationResult.Failure(e.Message);
        }
    }

    /// <summary>
    /// Checks a checkpoint as the API shows it: <c>{text, signature, keyId}</c>, and, where present, <c>treeSize</c>,
    /// <c>rootHash</c>, <c>previousHash</c> and <c>issuedAt</c>, which must agree with the signed text.
    /// </summary>
    public VerificationResult VerifyCheckpoint(JsonElement checkpoint) => Run(() => VerificationResult.Success(ReadCheckpoint(checkpoint)));

    /// <summary>
    /// Checks the answer of <c>GET /api/v1/admin/audit/entries/{sequence}/proof</c>:
    /// <c>{sequence, leafIndex, leafHash, treeSize, auditPath, checkpoint}</c>.
    /// </summary>
    public VerificationResult VerifyInclusionResponse(JsonElement response) => Run(() =>
    {
        var checkpoint = ReadCheckpoint(RequiredProperty(response, "checkpoint", JsonValueKind.Object));
        Agree(RequiredNumber(response, "treeSize"), checkpoint.TreeSize, "treeSize (against the checkpoint text)");
        var leafIndex = RequiredNumber(response, "leafIndex");
        Agree(RequiredNumber(response, "sequence") - 1, leafIndex, "sequence - 1 (against leafIndex)");
        var leafHash = RequiredHash(response, "leafHash");
        var auditPath = RequiredHashes(response, "auditPath");

        return VerifyInclusion(leafIndex, checkpoint.TreeSize, leafHash, auditPath, checkpoint.RootHash)
            ? VerificationResult.Success(checkpoint)
            : VerificationResult.Failure($"the audit path of leaf {leafIndex} does not lead to the signed root of tree size {checkpoint.TreeSize}");
    });

    /// <summary>
    /// Checks the answer of <c>GET /api/v1/admin/audit/consistency</c>:
    /// <c>{fromTreeSize, toTreeSize, proof, from, to}</c>.
    /// </summary>
    public VerificationResult VerifyConsistencyResponse(JsonElement response) => Run(() =>
    {
        var from = ReadCheckpoint(RequiredProperty(response, "from", JsonValueKind.Object));
        var to = ReadCheckpoint(RequiredProperty(response, "to", JsonValueKind.Object));
        Agree(RequiredNumber(response, "fromTreeSize"), from.TreeSize, "fromTreeSize (against the from checkpoint's text)");
        Agree(RequiredNumber(response, "toTreeSize"), to.TreeSize, "toTreeSize (against the to checkpoint's text)");
        var proof = RequiredHashes(response, "proof");

        return VerifyConsistency(from.TreeSize, to.TreeSize, from.RootHash, to.RootHash, proof)
            ? VerificationResult.Success(from, to)
            : VerificationResult.Failure($"the consistency proof does not prove tree size {to.TreeSize} extends tree size {from.TreeSize}");
    });

    private static VerificationResult Run(Func<VerificationResult> verify)
    {
        try
        {
            return verify();
        }
        catch (FormatException e)
        {
            return VerificationResult.Failure(e.Message);
        }
    }

    private AuditCheckpoint ReadCheckpoint(JsonElement json)
    {
        var checkpoint = ReadCheckpoint(
            RequiredString(json, "text"), RequiredString(json, "signature"), RequiredString(json, "keyId"));

        if (json.TryGetProperty("treeSize", out _))
        {
            Agree(RequiredNumber(json, "treeSize"), checkpoint.TreeSize, "checkpoint treeSize (against its text)");
        }

        if (json.TryGetProperty("rootHash", out _))
        {
            AgreeHash(RequiredHash(json, "rootHash"), checkpoint.RootHash, "checkpoint rootHash (against its text)");
        }

        if (json.TryGetProperty("previousHash", out _))
        {
            AgreeHash(RequiredHash(json, "previousHash"), checkpoint.PreviousHash, "checkpoint previousHash (against its text)");
        }

        if (json.TryGetProperty("issuedAt", out _))
        {
            var issuedAt = RequiredString(json, "issuedAt");
            if (!DateTimeOffset.TryParse(issuedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                throw new FormatException($"checkpoint issuedAt \"{issuedAt}\" is not a time");
            }

            // The text has milliseconds; the JSON may carry more precision, never a different millisecond.
            var truncated = time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerMillisecond));
            Agree(truncated.UtcDateTime.ToString(AuditCheckpoint.TimeFormat, CultureInfo.InvariantCulture),
                checkpoint.IssuedAt.UtcDateTime.ToString(AuditCheckpoint.TimeFormat, CultureInfo.InvariantCulture),
                "checkpoint issuedAt (against its text)");
        }

        return checkpoint;
    }

    private AuditCheckpoint ReadCheckpoint(string text, string signature, string keyId)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(keyId);
        if (keyId != KeyId)
        {
            throw new FormatException($"the checkpoint names key {keyId}, not this key ({KeyId})");
        }

        var der = new byte[(signature.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(signature, der, out var length))
        {
            throw new FormatException("the signature is not base64");
        }

        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        if (!key.VerifyData(Encoding.UTF8.GetBytes(text), der.AsSpan(0, length), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
        {
            throw new FormatException("the signature does not verify over the checkpoint text");
        }

        try
        {
            return AuditCheckpoint.Parse(text);
        }
        catch (FormatException e)
        {
            throw new FormatException("the checkpoint text is not canonical: " + e.Message, e);
        }
    }

    private static JsonElement RequiredProperty(JsonElement json, string name, JsonValueKind kind) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new FormatException($"\"{name}\" is missing or not a JSON {kind.ToString().ToLowerInvariant()}");

    private static string RequiredString(JsonElement json, string name) =>
        RequiredProperty(json, name, JsonValueKind.String).GetString()!;

    private static long RequiredNumber(JsonElement json, string name) =>
        RequiredProperty(json, name, JsonValueKind.Number).TryGetInt64(out var number)
            ? number
            : throw new FormatException($"\"{name}\" is not a whole number");

    private static byte[] RequiredHash(JsonElement json, string name) => DecodeHash(RequiredString(json, name), name);

    private static byte[][] RequiredHashes(JsonElement json, string name) =>
        [.. RequiredProperty(json, name, JsonValueKind.Array).EnumerateArray().Select((element, i) =>
            DecodeHash(element.ValueKind == JsonValueKind.String ? element.GetString() : null, $"{name}[{i}]"))];

    private static byte[] DecodeHash(string? base64, string name) =>
        AuditCheckpoint.DecodeHash(base64) ?? throw new FormatException($"\"{name}\" is not the padded base64 of 32 bytes");

    private static void Agree<T>(T claimed, T signed, string what)
        where T : IEquatable<T>
    {
        if (!claimed.Equals(signed))
        {
            throw new FormatException($"{what}: {claimed} where {signed} was expected");
        }
    }

    private static void AgreeHash(byte[] claimed, byte[] signed, string what)
    {
        if (!claimed.AsSpan().SequenceEqual(signed))
        {
            throw new FormatException($"{what}: {Convert.ToBase64String(claimed)} where {Convert.ToBase64String(signed)} was expected");
        }
    }
}
