using System.Buffers.Binary;

namespace Pixyer.Application.Common.Imaging;

/// <summary>
/// Walks a WebP file: a RIFF container whose declared length is where the image ends, holding chunks that must
/// fill it exactly. The size comes from the first chunk: the canvas of an extended file (VP8X), or the bitstream
/// header of a lossy (VP8) or lossless (VP8L) one.
/// </summary>
internal static class WebpStructure
{
    private const int RiffHeader = 12;
    private const int ChunkHeader = 8;

    public static bool HasSignature(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= RiffHeader && bytes.StartsWith("RIFF"u8) && bytes[8..].StartsWith("WEBP"u8);

    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> bytes)
    {
        var chunk = Chunk(bytes, RiffHeader, bytes.Length);
        var type = chunk.Type;
        var data = chunk.Data;
        var size = type switch
        {
            _ when type.SequenceEqual("VP8X"u8) && data.Length >= 10 =>
                (1 + ReadUInt24(data[4..]), 1 + ReadUInt24(data[7..])),
            _ when type.SequenceEqual("VP8L"u8) && data.Length >= 5 && data[0] == 0x2F =>
                (1 + (int)(BinaryPrimitives.ReadUInt32LittleEndian(data[1..]) & 0x3FFF),
                 1 + (int)((BinaryPrimitives.ReadUInt32LittleEndian(data[1..]) >> 14) & 0x3FFF)),
            _ when type.SequenceEqual("VP8 "u8) && data.Length >= 10 && data[3..].StartsWith((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A]) =>
                (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF),
            _ => (0, 0),
        };
        return size.Item1 == 0 || size.Item2 == 0
            ? throw ImageProblems.Malformed(ImageFormat.Webp, "it does not begin with an image header")
            : size;
    }

    /// <summary>The offset just past the RIFF container.</summary>
    public static int FindEnd(ReadOnlySpan<byte> bytes)
    {
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
        if (declared > (uint)(bytes.Length - ChunkHeader))
        {
            throw ImageProblems.Truncated(ImageFormat.Webp);
        }

        var end = ChunkHeader + (int)declared;
        var position = RiffHeader;
        while (position < end)
        {
            var length = Chunk(bytes, position, end).Data.Length;
            position += ChunkHeader + length + (length & 1);
        }

        return position == end ? end : throw ImageProblems.Malformed(ImageFormat.Webp, "its chunks overrun the container");
    }

    private static ImageChunk Chunk(ReadOnlySpan<byte> bytes, int position, int end)
    {
        if (end - position < ChunkHeader)
        {
            throw ImageProblems.Truncated(ImageFormat.Webp);
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(position + 4)..]);
        return length > (uint)(end - position - ChunkHeader)
            ? throw ImageProblems.Truncated(ImageFormat.Webp)
            : new ImageChunk(bytes.Slice(position, 4), bytes.Slice(position + ChunkHeader, (int)length));
    }

    private static int ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);
}
