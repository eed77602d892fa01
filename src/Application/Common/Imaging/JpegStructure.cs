using System.Buffers.Binary;

namespace Pixyer.Application.Common.Imaging;

/// <summary>
/// Walks a JPEG's marker segments (ITU T.81 B.1): the frame header (SOFn) gives the size; each scan's
/// entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker; the image
/// ends at EOI. Segments are skipped by their length, so an EXIF thumbnail (a whole JPEG inside APP1) is not
/// mistaken for the end.
/// </summary>
internal static class JpegStructure
{
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;

    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes is [0xFF, 0xD8, 0xFF, ..];

    public static (int Width, int Height) ReadSize(ReadOnlySpan<byte> bytes) => Walk(bytes, untilFrame: true).Size;

    /// <summary>The offset just past EOI.</summary>
    public static int FindEnd(ReadOnlySpan<byte> bytes) => Walk(bytes, untilFrame: false).End;

    private static ((int Width, int Height) Size, int End) Walk(ReadOnlySpan<byte> bytes, bool untilFrame)
    {
        (int Width, int Height)? size = null;
        var scanned = false;
        var position = 2;
        while (true)
        {
            if (position >= bytes.Length)
            {
                throw ImageProblems.Truncated(ImageFormat.Jpeg);
            }

            if (bytes[position] != 0xFF)
            {
                throw ImageProblems.Malformed(ImageFormat.Jpeg, "a segment does not start with a marker");
            }

            // A marker may be preceded by any number of 0xFF fill bytes.
            while (position < bytes.Length && bytes[position] == 0xFF)
            {
                position++;
            }

            if (position >= bytes.Length)
            {
                throw ImageProblems.Truncated(ImageFormat.Jpeg);
            }

            var marker = bytes[position++];
            if (marker == EndOfImage)
            {
                return size is { } found && scanned
                    ? (found, position)
                    : throw ImageProblems.Malformed(ImageFormat.Jpeg, "it ends without a frame and its image data");
            }

            if (marker is 0x00 or 0xD8)
            {
                throw ImageProblems.Malformed(ImageFormat.Jpeg, "an unexpected marker");
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // standalone markers: no length, no data
            }

            if (position + 2 > bytes.Length)
            {
                throw ImageProblems.Truncated(ImageFormat.Jpeg);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[position..]);
            if (length < 2)
            {
                throw ImageProblems.Malformed(ImageFormat.Jpeg, "a segment has an impossible length");
            }

            if (position + length > bytes.Length)
            {
                throw ImageProblems.Truncated(ImageFormat.Jpeg);
            }

            var segment = bytes.Slice(position + 2, length - 2);
            position += length;
            if (IsFrameHeader(marker) && size is null)
            {
                size = FrameSize(segment);
                if (untilFrame)
                {
                    return (size.Value, position);
                }
            }
            else if (marker == StartOfScan)
            {
                if (size is null)
                {
                    throw ImageProblems.Malformed(ImageFormat.Jpeg, "image data comes before the frame header");
                }

                scanned = true;
                position = EndOfEntropyCodedData(bytes, position);
            }
        }
    }

    /// <summary>SOF0-3, 5-7, 9-11, 13-15; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames.</summary>
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    private static (int Width, int Height) FrameSize(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 6)
        {
            throw ImageProblems.Malformed(ImageFormat.Jpeg, "its frame header is too short");
        }

        var height = BinaryPrimitives.ReadUInt16BigEndian(frame[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(frame[3..]);
        return width == 0 || height == 0
            ? throw ImageProblems.Malformed(ImageFormat.Jpeg, "its frame header gives no size")
            : (width, height);
    }

    /// <summary>The offset of the marker that ends the scan.</summary>
    private static int EndOfEntropyCodedData(ReadOnlySpan<byte> bytes, int position)
    {
        while (true)
        {
            var next = bytes[position..].IndexOf((byte)0xFF);
            if (next < 0 || position + next + 1 >= bytes.Length)
            {
                throw ImageProblems.Truncated(ImageFormat.Jpeg);
            }

            position += next;
            var following = bytes[position + 1];
            if (following == 0x00 || following is >= 0xD0 and <= 0xD7)
            {
                position += 2; // a stuffed 0xFF data byte, or a restart marker inside the scan
            }
            else if (following == 0xFF)
            {
                position++; // fill byte before a marker
            }
            else
            {
                return position;
            }
        }
    }
}
