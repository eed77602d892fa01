using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit;

/// <summary>
/// A signed checkpoint as an outside party checks it: <see cref="Text"/> is exactly what <see cref="Signature"/> signs
/// (ECDSA P-256, SHA-256, DER, base64); hashes are base64. See docs/audit-log.md.
/// </summary>
public sealed record AuditCheckpointDto(
    long TreeSize,
    string RootHash,
    DateTimeOffset IssuedAt,
    string PreviousHash,
    string KeyId,
    string Signature,
    string Text)
{
    public static AuditCheckpointDto From(AuditCheckpoint checkpoint)
    {
        var statement = checkpoint.Statement;
        return new AuditCheckpointDto(
            statement.TreeSize,
            Convert.ToBase64String(statement.RootHash),
            statement.IssuedAt,
            Convert.ToBase64String(statement.PreviousHash),
            checkpoint.KeyId,
            Convert.ToBase64String(checkpoint.Signature),
            statement.Text);
    }
}
