using System.Security.Cryptography;
using Pixyer.Domain.Common;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// Encrypts a file's plaintext into the stored format (<see cref="FileCipher"/>) a chunk at a time, handing each sealed
/// piece to the store's writer: memory stays at one chunk whatever the file's size.
/// </summary>
internal static class SealedCopy
{
    /// <returns>The plaintext's length and SHA-256.</returns>
    public static async Task<(long Length, string Sha256)> WriteAsync(
        Stream content, Guid keyId, byte[] dataKey, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, CancellationToken cancellationToken)
    {
        var header = FileCipher.Header(keyId);
        await write(header, cancellationToken);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var aes = new AesGcm(dataKey, FileCipher.TagSize);
        var chunk = new byte[FileCipher.ChunkSize];
        var sealedChunk = new byte[FileCipher.MaxSealedChunk];
        long length = 0;
        var last = false;
        for (long index = 0; !last; index++)
        {
            var read = await content.ReadAtLeastAsync(chunk, chunk.Length, throwOnEndOfStream: false, cancellationToken);
            last = read < chunk.Length;
            sha.AppendData(chunk, 0, read);
            var written = FileCipher.Seal(aes, header, index, last, chunk.AsSpan(0, read), sealedChunk);
            await write(sealedChunk.AsMemory(0, written), cancellationToken);
            length += read;
        }

        return (length, Sha256Hex.Format(sha.GetHashAndReset()));
    }

    /// <summary>
    /// The plaintext of a stored file whose first bytes are in <paramref name="sealedFile"/>, or null when its key was
    /// destroyed (its owner was erased) or it is not one of ours; the stream is disposed then.
    /// </summary>
    public static async Task<Stream?> OpenAsync(Stream sealedFile, FileKeyring keys, CancellationToken cancellationToken)
    {
        try
        {
            var header = new byte[FileCipher.HeaderSize];
            await sealedFile.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            if (FileCipher.KeyIdOf(header) is not { } keyId || await keys.ByIdAsync(keyId, cancellationToken) is not { } dataKey)
            {
                await sealedFile.DisposeAsync();
                return null;
            }

            return new DecryptingStream(sealedFile, new AesGcm(dataKey, FileCipher.TagSize), header);
        }
        catch
        {
            await sealedFile.DisposeAsync();
            throw;
        }
    }
}
