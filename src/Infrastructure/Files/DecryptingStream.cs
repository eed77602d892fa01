using System.Security.Cryptography;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// Reads a stored file's plaintext, one chunk at a time (<see cref="FileCipher"/>). A tampered, reordered or cut-off
/// file fails with <see cref="CryptographicException"/> at the chunk where it differs, never with wrong bytes.
/// </summary>
internal sealed class DecryptingStream(Stream sealedFile, AesGcm aes, byte[] header) : Stream
{
    private readonly byte[] sealedChunk = new byte[FileCipher.MaxSealedChunk];
    private readonly byte[] plaintext = new byte[FileCipher.ChunkSize];
    private int position;
    private int available;
    private long index;
    private bool lastRead;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position == available && !lastRead)
        {
            OpenNext(sealedFile.ReadAtLeast(sealedChunk, sealedChunk.Length, throwOnEndOfStream: false));
        }

        return CopyOut(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (position == available && !lastRead)
        {
            OpenNext(await sealedFile.ReadAtLeastAsync(sealedChunk, sealedChunk.Length, throwOnEndOfStream: false, cancellationToken));
        }

        return CopyOut(buffer.Span);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sealedFile.Dispose();
            aes.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await sealedFile.DisposeAsync();
        aes.Dispose();
        await base.DisposeAsync();
    }

    private void OpenNext(int read)
    {
        (available, lastRead) = FileCipher.Open(aes, header, index++, sealedChunk.AsSpan(0, read), plaintext);
        position = 0;
        if (lastRead && sealedFile.ReadByte() >= 0)
        {
            throw new CryptographicException("The file goes on after its last chunk.");
        }
    }

    private int CopyOut(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, available - position);
        plaintext.AsSpan(position, count).CopyTo(buffer);
        position += count;
        return count;
    }
}
