using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Security;

/// <summary>
/// The key that encrypts one person's stored files, sealed under the master key (one per person). Every file names
/// its key by <see cref="Id"/>; the person's erasure deletes this row first, so that any copy of their files (a backup,
/// a replica) can no longer be decrypted: crypto-shredding.
/// </summary>
public sealed class FileKey
{
    private FileKey()
    {
    }

    public FileKeyId Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    /// <summary>Not personal in itself, but it unlocks everything the person stored; erased with them.</summary>
    [PersonalData]
    public byte[] SealedKey { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static FileKey Issue(AccountId subject, byte[] sealedKey, DateTimeOffset now) =>
        new() { Id = FileKeyId.New(), SubjectId = subject, SealedKey = sealedKey, CreatedAt = now };
}
