using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// The stored file format: a header (<c>PXF1</c> and the id of the person's <c>FileKey</c>), then chunks of
/// <see cref="ChunkSize"/> plaintext bytes, each sealed with AES-256-GCM under its own random nonce:
/// <c>nonce | ciphertext | tag</c>. Each chunk's associated data is the header, its index and whether it is the last
/// one, so chunks cannot be swapped, reordered, dropped or cut off unnoticed. The last chunk is always shorter than a
/// full one (empty when the content is a whole number of chunks), which is how a reader knows it is the last.
/// </summary>
internal static class FileCipher
{
    public const int ChunkSize = 64 * 1024;
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int HeaderSize = 4 + 16;
    public const int MaxSealedChunk = NonceSize + ChunkSize + TagSize;

    private static ReadOnlySpan<byte> Magic => "PXF1"u8;

    public static byte[] Header(Guid keyId)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header);
        keyId.TryWriteBytes(header.AsSpan(Magic.Length));
        return header;
    }

    /// <summary>The key id of a file that starts with <paramref name="header"/>, or null when it is not one of ours.</summary>
    public static Guid? KeyIdOf(ReadOnlySpan<byte> header) =>
        header.Length == HeaderSize && header.StartsWith(Magic) ? new Guid(header[Magic.Length..]) : null;

    /// <summary>Seals <paramref name="plaintext"/> into <paramref name="sealedChunk"/>; returns the bytes written.</summary>
    public static int Seal(AesGcm aes, byte[] header, long index, bool last, ReadOnlySpan<byte> plaintext, Span<byte> sealedChunk)
    {
        var nonce = sealedChunk[..NonceSize];
        RandomNumberGenerator.Fill(nonce);
        aes.Encrypt(
            nonce,
            plaintext,
            sealedChunk.Slice(NonceSize, plaintext.Length),
            sealedChunk.Slice(NonceSize + plaintext.Length, TagSize),
            AssociatedData(header, index, last));
        return NonceSize + plaintext.Length + TagSize;
    }

    /// <summary>Opens one sealed chunk; returns the plaintext length and whether it was the last chunk.</summary>
    public static (int Length, bool Last) Open(AesGcm aes, byte[] header, long index, ReadOnlySpan<byte> sealedChunk, Span<byte> plaintext)
    {
        if (sealedChunk.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The file is cut off.");
        }

        var length = sealedChunk.Length - NonceSize - TagSize;
        var last = length < ChunkSize;
        aes.Decrypt(
            sealedChunk[..NonceSize],
            sealedChunk.Slice(NonceSize, length),
            sealedChunk[^TagSize..],
            plaintext[..length],
            AssociatedData(header, index, last));
        return (length, last);
    }

    private static byte[] AssociatedData(byte[] header, long index, bool last)
    {
        var data = new byte[HeaderSize + sizeof(long) + 1];
        header.CopyTo(data, 0);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(HeaderSize), index);
        data[^1] = last ? (byte)1 : (byte)0;
        return data;
    }
}
