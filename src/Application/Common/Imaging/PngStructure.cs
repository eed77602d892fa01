using System.Buffers.Binary;

namespace Pixyer.Application.Common.Imaging;

/// <summary>
/// Walks a PNG's chunks (length, type, data, CRC): IHDR first with the size, at least one IDAT, and the image
/// ends with IEND. Checksums are left to the decoder, which verifies those of the chunks it reads.
/// </summary>
internal static class PngStructure
{
    private const int ChunkOverhead = 12;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> bytes)
    {
        var header = Chunk(bytes, Signature.Length);
        if (!header.Type.SequenceEqual("IHDR"u8) || header.Data.Length != 13)
        {
            throw ImageProblems.Malformed(ImageFormat.Png, "it does not begin with its header chunk");
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(header.Data);
        var height = BinaryPrimitives.ReadInt32BigEndian(header.Data[4..]);
        return width <= 0 || height <= 0
            ? throw ImageProblems.Malformed(ImageFormat.Png, "its header gives no size")
            : (width, height);
    }

    /// <summary>The offset just past the IEND chunk.</summary>
    public static int FindEnd(ReadOnlySpan<byte> bytes)
    {
        var position = Signature.Length;
        var hasData = false;
        while (true)
        {
            var chunk = Chunk(bytes, position);
            position += ChunkOverhead + chunk.Data.Length;
            if (chunk.Type.SequenceEqual("IDAT"u8))
            {
                hasData = true;
            }
            else if (chunk.Type.SequenceEqual("IEND"u8))
            {
                return hasData ? position : throw ImageProblems.Malformed(ImageFormat.Png, "it has no image data");
            }
        }
    }

    private static ImageChunk Chunk(ReadOnlySpan<byte> bytes, int position)
    {
        if (bytes.Length - position < ChunkOverhead)
        {
            throw ImageProblems.Truncated(ImageFormat.Png);
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
        var type = bytes.Slice(position + 4, 4);
        foreach (var letter in type)
        {
            if (!char.IsAsciiLetter((char)letter))
            {
                throw ImageProblems.Malformed(ImageFormat.Png, "a chunk has no valid type");
            }
        }

        return length > (uint)(bytes.Length - position - ChunkOverhead)
            ? throw ImageProblems.Truncated(ImageFormat.Png)
            : new ImageChunk(type, bytes.Slice(position + 8, (int)length));
    }
}
