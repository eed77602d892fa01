using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Auditing;
using Pixyer.Domain.Auditing;
using Pixyer.Infrastructure.Security;

namespace Pixyer.Infrastructure.Auditing;

/// <summary>
/// Signs checkpoints with an ECDSA P-256 key (SHA-256, DER signatures, as <c>openssl dgst -sha256 -verify</c> checks
/// them): <c>Pixyer:Audit:SigningKey</c> (PEM), else <c>keys/audit-signing.pem</c> in the data folder, made on first
/// start and readable by this user only. Every node of a cluster must share it.
/// </summary>
internal sealed class EcdsaCheckpointSigner : ICheckpointSigner, IDisposable
{
    private const string KeyFileName = "audit-signing.pem";
    private readonly ECDsa key;

    // One key object serves the sequencer and every request that verifies; its operations are not documented as thread-safe.
    private readonly Lock use = new();

    public EcdsaCheckpointSigner(IOptions<InfrastructureOptions> options)
    {
        key = ECDsa.Create();
        key.ImportFromPem(
            options.Value.Audit.SigningKey is { Length: > 0 } configured
                ? configured
                : DataFolderKey.ReadOrCreate(KeyFileName, NewPrivateKeyPem, options.Value));
        if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            throw new InvalidOperationException("The audit signing key (Pixyer:Audit:SigningKey) must be an ECDSA P-256 key.");
        }

        var publicKey = key.ExportSubjectPublicKeyInfo();
        KeyId = Convert.ToHexStringLower(SHA256.HashData(publicKey).AsSpan(0, AuditSignature.KeyIdBytes));
        PublicKeyPem = key.ExportSubjectPublicKeyInfoPem();
    }

    public string Algorithm => AuditSignature.Algorithm;

    public string KeyId { get; }

    public string PublicKeyPem { get; }

    public AuditCheckpoint Sign(CheckpointStatement statement)
    {
        lock (use)
        {
            return AuditCheckpoint.Issue(
                statement, KeyId, key.SignData(statement.Bytes(), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        }
    }

    public bool IsValid(AuditCheckpoint checkpoint)
    {
        lock (use)
        {
            return checkpoint.KeyId == KeyId
                && key.VerifyData(checkpoint.Statement.Bytes(), checkpoint.Signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
    }

    public void Dispose() => key.Dispose();

    private static string NewPrivateKeyPem()
    {
        using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return created.ExportPkcs8PrivateKeyPem();
    }
}
