using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// Files under the data folder's <c>files/</c>: one folder per owner, named by a keyed hash of the owner's id (a
/// path never reveals whose files they are), a folder per category, and a random 128-bit name. A file is written
/// to a temporary name and renamed, so a reader never sees half of it. Every file is encrypted with its owner's file key
/// (<see cref="FileCipher"/>), streamed a chunk at a time both ways; length and SHA-256 are the plaintext's.
/// </summary>
public sealed partial class LocalFileStore(IOptions<InfrastructureOptions> options, IKeyedHasher hasher, FileKeyring keys) : IFileStore
{
    public const string FolderName = "files";
    private const string TemporarySuffix = ".partial";

    public async Task<StoredFile> SaveAsync(AccountId owner, string category, Stream content, CancellationToken cancellationToken)
    {
        if (!CategoryPattern().IsMatch(category))
        {
            throw new ArgumentException("A category is a lower-case word such as 'uploads'.", nameof(category));
        }

        var key = $"{OwnerFolder(owner)}/{category}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + TemporarySuffix;
        var (keyId, dataKey) = await keys.OfOwnerAsync(owner, cancellationToken);
        var header = FileCipher.Header(keyId);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var aes = new AesGcm(dataKey, FileCipher.TagSize);
            long length = 0;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(header, cancellationToken);
                var chunk = new byte[FileCipher.ChunkSize];
                var sealedChunk = new byte[FileCipher.MaxSealedChunk];
                var last = false;
                for (long index = 0; !last; index++)
                {
                    var read = await content.ReadAtLeastAsync(chunk, chunk.Length, throwOnEndOfStream: false, cancellationToken);
                    last = read < chunk.Length;
                    sha.AppendData(chunk, 0, read);
                    var written = FileCipher.Seal(aes, header, index, last, chunk.AsSpan(0, read), sealedChunk);
                    await file.WriteAsync(sealedChunk.AsMemory(0, written), cancellationToken);
                    length += read;
                }

                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path);
            return new StoredFile(key, length, Sha256Hex.Format(sha.GetHashAndReset()));
        }
        finally
        {
            // Only a failed write leaves its temporary file; a moved one is gone already.
            File.Delete(temporary);
        }
    }

    /// <summary>Null also when the file's key was destroyed: a copy kept after its owner's erasure is unreadable.</summary>
    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        if (!KeyPattern().IsMatch(key) || !File.Exists(PathOf(key)))
        {
            return null;
        }

        var file = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        try
        {
            var header = new byte[FileCipher.HeaderSize];
            await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            if (FileCipher.KeyIdOf(header) is not { } keyId || await keys.ByIdAsync(keyId, cancellationToken) is not { } dataKey)
            {
                await file.DisposeAsync();
                return null;
            }

            return new DecryptingStream(file, new AesGcm(dataKey, FileCipher.TagSize), header);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (KeyPattern().IsMatch(key))
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync(AccountId owner, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, OwnerFolder(owner));
        IReadOnlyList<string> keys = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        return Task.FromResult(keys);
    }

    public async Task<int> DeleteAllAsync(AccountId owner, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, OwnerFolder(owner));
        if (!Directory.Exists(folder))
        {
            // The common case in a retention batch: most people never stored a file.
            return 0;
        }

        var keys = await ListAsync(owner, cancellationToken);
        Directory.Delete(folder, recursive: true);
        return keys.Count;
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

    private string OwnerFolder(AccountId owner) => hasher.Hash($"file-owner:{owner.Value:N}");

    private string PathOf(string key) => Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));

    [GeneratedRegex("^[a-z][a-z-]{0,31}$")]
    private static partial Regex CategoryPattern();

    /// <summary>Owner hash / category / random name: nothing else is a key, so no key can leave the store's folder.</summary>
    [GeneratedRegex("^[0-9a-f]{64}/[a-z][a-z-]{0,31}/[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
