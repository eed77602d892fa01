using System.Security.Cryptography;
using Pixyer.Domain.Auditing.Merkle;

namespace Pixyer.Domain.Auditing;

/// <summary>Keys the log's leaves: HMAC-SHA256 under the audit key, which lives in configuration or a key file, never in the database.</summary>
public sealed class AuditLeafHasher
{
    public const int MinimumKeyBytes = 32;
    private readonly byte[] key;

    public AuditLeafHasher(byte[] key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The audit key needs at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        this.key = key;
    }

    public byte[] Hash(AuditEntry entry) => MerkleHashes.Leaf(key, AuditLeaf.Encode(entry));

    /// <summary>Whether the stored leaf hash is the one the entry's content and the key give.</summary>
    public bool Matches(AuditEntry entry) => CryptographicOperations.FixedTimeEquals(Hash(entry), entry.LeafHash);
}
