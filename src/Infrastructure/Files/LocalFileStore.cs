using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Files;
using Pixyer.Domain.Accounts;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// Files under the data folder's <c>files/</c>: one folder per owner group, a folder per category, and the random name
/// (<see cref="FileKeyScheme"/>). A file is written to a temporary name and renamed, so a reader never sees half of it. Every file is encrypted with its owner's file key
/// (<see cref="FileCipher"/>), streamed a chunk at a time both ways; length and SHA-256 are the plaintext's.
/// </summary>
public sealed class LocalFileStore(IOptions<InfrastructureOptions> options, FileKeyScheme scheme, FileKeyring keys) : IFileStore
{
    public const string FolderName = "files";
    private const string TemporarySuffix = ".partial";

    public async Task<StoredFile> SaveAsync(AccountId owner, string category, Stream content, CancellationToken cancellationToken)
    {
        var key = scheme.NewKey(owner, category);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix;
        var (keyId, dataKey) = await keys.OfOwnerAsync(owner, cancellationToken);
        try
        {
            (long Length, string Sha256) written;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                written = await SealedCopy.WriteAsync(content, keyId, dataKey, file.WriteAsync, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path);
            return new StoredFile(key, written.Length, written.Sha256);
        }
        finally
        {
            // Only a failed write leaves its temporary file; a moved one is gone already.
            File.Delete(temporary);
        }
    }

    /// <summary>Null also when the file's key was destroyed: a copy kept after its owner's erasure is unreadable.</summary>
    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        FileKeyScheme.IsKey(key) && File.Exists(PathOf(key))
            ? await SealedCopy.OpenAsync(
                new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true), keys, cancellationToken)
            : null;

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        // File.Delete ignores a missing file but not a missing folder: a key of an owner who never stored one.
        if (FileKeyScheme.IsKey(key) && File.Exists(PathOf(key)))
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync(AccountId owner, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, scheme.OwnerGroup(owner));
        IReadOnlyList<string> keys = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        return Task.FromResult(keys);
    }

    /// <summary>One look at each owner's folder, without a task per owner: a retention batch names thousands.</summary>
    public Task<int> DeleteAllAsync(IReadOnlyCollection<AccountId> owners, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var owner in owners)
        {
            cancellationToken.ThrowIfCancellationRequested();
            deleted += DeleteGroup(Path.Combine(Root, scheme.OwnerGroup(owner)));
        }

        return Task.FromResult(deleted);
    }

    public Task<int> DeleteAbandonedWritesAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken)
    {
        var abandoned = Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*" + TemporarySuffix, SearchOption.AllDirectories)
                .Where(path => File.GetLastWriteTimeUtc(path) < writtenBefore.UtcDateTime)
                .ToList()
            : [];
        abandoned.ForEach(File.Delete);
        return Task.FromResult(abandoned.Count);
    }

    private string Root => options.Value.DataPath(FolderName);

    private string PathOf(string key) => Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));

    private static int DeleteGroup(string folder)
    {
        if (!Directory.Exists(folder))
        {
            // The common case in a retention batch: most people never stored a file.
            return 0;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count(path => !path.EndsWith(TemporarySuffix, StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
        return files;
    }
}
