using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Images made in code for the upload tests (no binary fixtures): encoded with SkiaSharp, with metadata spliced in
/// by hand, or only a header that claims a size no body backs.
/// </summary>
public static class TestImages
{
    /// <summary>The marker colour of the top-left corner block; the rest of the picture holds no red.</summary>
    public static readonly SKColor Marker = new(230, 20, 20);

    public static byte[] Jpeg(int width, int height, int quality = 90) => Encode(Picture(width, height, opaque: true), SKEncodedImageFormat.Jpeg, quality);

    /// <summary>A PNG whose bottom half is transparent.</summary>
    public static byte[] Png(int width, int height) => Encode(Picture(width, height, opaque: false), SKEncodedImageFormat.Png, 100);

    public static byte[] Webp(int width, int height) => Encode(Picture(width, height, opaque: true), SKEncodedImageFormat.Webp, 90);

    /// <summary>
    /// <paramref name="jpeg"/> with an APP1 EXIF segment right after SOI (a big-endian TIFF header; IFD0 with the
    /// Orientation tag and a pointer to a GPS IFD holding latitude and longitude), and an APP1 XMP packet.
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, ushort orientation)
    {
        var exif = Segment(0xE1, [.. "Exif\0\0"u8, .. Tiff(orientation)]);
        var xmp = Segment(0xE1, Encoding.ASCII.GetBytes(
            "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"48,51.48N\" exif:GPSLongitude=\"2,17.67E\"/>"
            + "</rdf:RDF></x:xmpmeta>"));
        return [.. jpeg.AsSpan(0, 2), .. exif, .. xmp, .. jpeg.AsSpan(2)];
    }

    /// <summary>A PNG signature and an IHDR chunk claiming <paramref name="width"/>×<paramref name="height"/>, and no pixels.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var ihdr = new byte[17];
        "IHDR"u8.CopyTo(ihdr);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(8), height);
        ihdr[12] = 8; // bit depth
        ihdr[13] = 6; // RGBA
        var chunk = new byte[4 + ihdr.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, 13);
        ihdr.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(4 + ihdr.Length), Crc32(ihdr));
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. chunk];
    }

    /// <summary>SOI and a baseline frame header (SOF0) claiming <paramref name="width"/>×<paramref name="height"/>, and no scan.</summary>
    public static byte[] JpegHeaderOnly(int width, int height)
    {
        var frame = new byte[15];
        frame[0] = 8; // precision
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), (ushort)width);
        frame[5] = 3; // components: id, sampling, quantization table
        ((ReadOnlySpan<byte>)[1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]).CopyTo(frame.AsSpan(6));
        return [0xFF, 0xD8, .. Segment(0xC0, frame)];
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using (bitmap)
        using (var data = bitmap.Encode(format, quality))
        {
            return data.ToArray();
        }
    }

    /// <summary>The pixel of a decoded image (the tests look at corners).</summary>
    public static SKColor PixelAt(byte[] image, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(image);
        return bitmap.GetPixel(x, y);
    }

    public static bool IsMarker(SKColor color) => color.Red > 180 && color.Green < 90 && color.Blue < 90;

    /// <summary>A light gradient with the marker block in the top-left corner (a fifth of each side).</summary>
    private static SKBitmap Picture(int width, int height, bool opaque)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Transparent);
        using var gradient = new SKPaint();
        gradient.Shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(width, height), [new SKColor(40, 120, 200), new SKColor(60, 200, 160)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, opaque ? height : height / 2f, gradient);
        using var marker = new SKPaint { Color = Marker };
        canvas.DrawRect(0, 0, width / 5f, height / 5f, marker);
        return bitmap;
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = checked((ushort)(payload.Length + 2));
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    /// <summary>
    /// TIFF structure, offsets from its own start: header (8) | IFD0 at 8: Orientation, GPS IFD pointer (2 + 2×12 + 4)
    /// | GPS IFD at 38: version, latitude ref and value, longitude ref and value (2 + 5×12 + 4) | rationals at 104.
    /// </summary>
    private static byte[] Tiff(ushort orientation)
    {
        const int gpsIfd = 38;
        const int latitude = 104;
        const int longitude = latitude + 24;
        var tiff = new byte[longitude + 24];
        var span = tiff.AsSpan();
        "MM"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], 8);

        BinaryPrimitives.WriteUInt16BigEndian(span[8..], 2);
        Entry(span[10..], 0x0112, 3, 1, (uint)orientation << 16); // SHORT, left-justified in the value field
        Entry(span[22..], 0x8825, 4, 1, gpsIfd);

        BinaryPrimitives.WriteUInt16BigEndian(span[gpsIfd..], 5);
        Entry(span[(gpsIfd + 2)..], 0x0000, 1, 4, 0x02030000); // GPSVersionID 2.3.0.0
        Entry(span[(gpsIfd + 14)..], 0x0001, 2, 2, 0x4E000000); // "N\0"
        Entry(span[(gpsIfd + 26)..], 0x0002, 5, 3, latitude);
        Entry(span[(gpsIfd + 38)..], 0x0003, 2, 2, 0x45000000); // "E\0"
        Entry(span[(gpsIfd + 50)..], 0x0004, 5, 3, longitude);

        Rationals(span[latitude..], 48, 51, 29);
        Rationals(span[longitude..], 2, 17, 40);
        return tiff;
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, tag);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(at[8..], value);
    }

    private static void Rationals(Span<byte> at, params uint[] whole)
    {
        for (var i = 0; i < whole.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(at[(i * 8)..], whole[i]);
            BinaryPrimitives.WriteUInt32BigEndian(at[(i * 8 + 4)..], 1);
        }
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
