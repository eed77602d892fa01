using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Files;

/// <summary>
/// Where files of people (uploads, generated assets, export archives) are kept. Keys are unguessable and grouped
/// per owner, so that an erasure can remove everything of one person. Local disk by default; an S3-compatible
/// adapter implements the same contract.
/// </summary>
public interface IFileStore : IFileReader
{
    /// <summary>Stores <paramref name="content"/> under a new key in the owner's group; the write is atomic.</summary>
    Task<StoredFile> SaveAsync(AccountId owner, string category, Stream content, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every key of the owner's group (erasure verification).</summary>
    Task<IReadOnlyList<string>> ListAsync(AccountId owner, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the whole group of every one of <paramref name="owners"/> (an erasure, or a retention batch of thousands:
    /// one call, so that a store can share its work across the batch); returns how many files went.
    /// </summary>
    Task<int> DeleteAllAsync(IReadOnlyCollection<AccountId> owners, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the half-written files of saves that never finished (a process killed mid-write) last written before
    /// <paramref name="writtenBefore"/>; returns how many went.
    /// </summary>
    Task<int> DeleteAbandonedWritesAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken);
}

public sealed record StoredFile(string Key, long Length, string Sha256);
