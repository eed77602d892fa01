using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Common.Imaging;

/// <summary>
/// Decides from the bytes alone whether an upload is an image we take, before any decoder sees it, in this order:
/// <list type="number">
/// <item>the format, from its signature: JPEG, PNG or WebP, else 415 <c>unsupported-image-type</c> (the file's
/// name and declared type are never consulted);</item>
/// <item>the size, from the header: more than the pixel limit is refused (422 <c>image-too-many-pixels</c>)
/// before the rest of the file is even read, so a header claiming 10000×10000 costs nothing;</item>
/// <item>the structure, walked to the format's end marker (JPEG EOI, PNG IEND, the RIFF length of WebP): a file
/// that stops early or does not hang together is 422 <c>image-malformed</c>;</item>
/// <item>nothing after the end: any byte other than zero padding after the end marker is 422
/// <c>image-trailing-data</c>. This refuses polyglots (an image with a ZIP, HTML or script appended, valid as
/// both), and also files that append a second image or a video (multi-picture JPEGs, motion photos).</item>
/// </list>
/// </summary>
public static class ImageSniffer
{
    public static ImageFormat? Recognise(ReadOnlySpan<byte> bytes) =>
        JpegStructure.HasSignature(bytes) ? ImageFormat.Jpeg
        : PngStructure.HasSignature(bytes) ? ImageFormat.Png
        : WebpStructure.HasSignature(bytes) ? ImageFormat.Webp
        : null;

    public static ImageHeader Inspect(ReadOnlySpan<byte> bytes, long maxPixels)
    {
        var format = Recognise(bytes) ?? throw new UnsupportedImageTypeException();
        var (width, height) = format switch
        {
            ImageFormat.Jpeg => JpegStructure.ReadSize(bytes),
            ImageFormat.Png => PngStructure.ReadSize(bytes),
            _ => WebpStructure.ReadSize(bytes),
        };
        if ((long)width * height > maxPixels)
        {
            throw new ImageTooManyPixelsException(width, height, maxPixels);
        }

        var end = format switch
        {
            ImageFormat.Jpeg => JpegStructure.FindEnd(bytes),
            ImageFormat.Png => PngStructure.FindEnd(bytes),
            _ => WebpStructure.FindEnd(bytes),
        };
        return bytes[end..].ContainsAnyExcept((byte)0)
            ? throw ImageProblems.TrailingData(format)
            : new ImageHeader(format, width, height);
    }
}
