using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Common.Auditing;

/// <summary>The audit signing key: its private half signs checkpoints, its public half is served to anyone who checks them.</summary>
public interface ICheckpointSigner
{
    /// <summary>The signature scheme, as docs/audit-log.md names it.</summary>
    string Algorithm { get; }

    /// <summary>The first 8 bytes of SHA-256 over the public key's SubjectPublicKeyInfo, in hex.</summary>
    string KeyId { get; }

    /// <summary>The public key as a PEM SubjectPublicKeyInfo ("BEGIN PUBLIC KEY").</summary>
    string PublicKeyPem { get; }

    AuditCheckpoint Sign(CheckpointStatement statement);

    /// <summary>Whether the checkpoint was signed by this key and its statement is unchanged since.</summary>
    bool IsValid(AuditCheckpoint checkpoint);
}
