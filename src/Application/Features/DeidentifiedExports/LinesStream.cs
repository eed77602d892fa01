using System.Text;

namespace Pixyer.Application.Features.DeidentifiedExports;

/// <summary>A read-only stream of UTF-8 lines produced on demand, so that a large file is never held in memory whole.</summary>
internal sealed class LinesStream(IEnumerable<string> lines) : Stream
{
    private readonly IEnumerator<string> next = lines.GetEnumerator();
    private byte[] pending = [];
    private int pendingOffset;

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
        var written = 0;
        while (written < buffer.Length)
        {
            if (pendingOffset == pending.Length)
            {
                if (!next.MoveNext())
                {
                    break;
                }

                pending = Encoding.UTF8.GetBytes(next.Current + "\n");
                pendingOffset = 0;
            }

            var count = Math.Min(buffer.Length - written, pending.Length - pendingOffset);
            pending.AsSpan(pendingOffset, count).CopyTo(buffer[written..]);
            written += count;
            pendingOffset += count;
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

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
            next.Dispose();
        }

        base.Dispose(disposing);
    }
}
