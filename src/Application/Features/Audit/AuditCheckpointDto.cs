using System.ComponentModel.DataAnnotations;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Features.Audit;

/// <summary>
/// A signed checkpoint as an outside party checks it: <see cref="Text"/> is exactly what <see cref="Signature"/> signs
/// (ECDSA P-256, SHA-256, DER, base64); hashes are base64. See docs/audit-log.md.
/// </summary>
public sealed record AuditCheckpointDto(
    long TreeSize,
    [property: MaxLength(CheckpointStatement.HashBase64Length)] string RootHash,
    DateTimeOffset IssuedAt,
    [property: MaxLength(CheckpointStatement.HashBase64Length)] string PreviousHash,
    [property: MaxLength(AuditSignature.KeyIdLength)] string KeyId,
    [property: MaxLength(AuditSignature.SignatureBase64MaxLength)] string Signature,
    [property: MaxLength(CheckpointStatement.TextMaxLength)] string Text)
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
