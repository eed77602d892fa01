namespace Pixyer.Domain.Auditing;

/// <summary>
/// The checkpoint signature scheme (docs/audit-log.md): ECDSA P-256 over SHA-256, DER-encoded, and what its sizes
/// make every key id, signature and public key served at most.
/// </summary>
public static class AuditSignature
{
    public const string Algorithm = "ECDSA-P256-SHA256";

    /// <summary>A key id is the first <see cref="KeyIdBytes"/> bytes of SHA-256 over the SubjectPublicKeyInfo, in hex.</summary>
    public const int KeyIdBytes = 8;

    public const int KeyIdLength = 2 * KeyIdBytes;

    /// <summary>A DER SEQUENCE of two INTEGERs of at most 33 bytes each: 2 + 2 * (2 + 33).</summary>
    public const int SignatureMaxBytes = 72;

    public const int SignatureBase64MaxLength = 4 * ((SignatureMaxBytes + 2) / 3);

    /// <summary>The PEM of a P-256 SubjectPublicKeyInfo (91 bytes, named curve): header, two Base64 lines, footer.</summary>
    public const int PublicKeyPemLength = 177;
}
