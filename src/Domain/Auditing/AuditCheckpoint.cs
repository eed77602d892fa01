namespace Pixyer.Domain.Auditing;

/// <summary>
/// A signed tree head of the audit log: the <see cref="CheckpointStatement"/> of one integrated batch, signed with the
/// audit signing key. It is kept in the database, appended to a file outside it and, where configured, sent to
/// witnesses, so that a log cut short or rewritten in the database no longer matches a checkpoint held elsewhere.
/// </summary>
public sealed class AuditCheckpoint
{
    private AuditCheckpoint()
    {
    }

    public long TreeSize { get; private set; }

    public byte[] RootHash { get; private set; } = [];

    public DateTimeOffset IssuedAt { get; private set; }

    public byte[] PreviousHash { get; private set; } = [];

    /// <summary>Names the signing key: the first 8 bytes of SHA-256 over its SubjectPublicKeyInfo, in hex.</summary>
    public string KeyId { get; private set; } = "";

    /// <summary>ECDSA P-256 over SHA-256 of the statement's text, DER-encoded.</summary>
    public byte[] Signature { get; private set; } = [];

    /// <summary>When it was queued for the witnesses; null when it was not sent to them.</summary>
    public DateTimeOffset? WitnessedAt { get; private set; }

    public CheckpointStatement Statement => new(TreeSize, RootHash, IssuedAt, PreviousHash);

    public static AuditCheckpoint Issue(CheckpointStatement statement, string keyId, byte[] signature) => new()
    {
        TreeSize = statement.TreeSize,
        RootHash = statement.RootHash,
        IssuedAt = statement.IssuedAt,
        PreviousHash = statement.PreviousHash,
        KeyId = keyId,
        Signature = signature,
    };

    public void MarkWitnessed(DateTimeOffset now) => WitnessedAt = now;

    /// <summary>Whether both are the same signed statement.</summary>
    public bool SameAs(AuditCheckpoint other) =>
        Statement.Text == other.Statement.Text && KeyId == other.KeyId && Signature.AsSpan().SequenceEqual(other.Signature);
}
