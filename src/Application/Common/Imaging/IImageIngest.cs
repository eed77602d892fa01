namespace Pixyer.Application.Common.Imaging;

/// <summary>
/// Turns an image the <see cref="ImageSniffer"/> accepted into what is kept (obligation C2): decoded, turned
/// upright by its EXIF orientation, and re-encoded from its pixels alone, so that no EXIF, XMP, GPS or other
/// metadata survives; plus a thumbnail. JPEG stays JPEG (quality 90), PNG stays PNG (lossless), WebP stays WebP
/// (lossy, quality 90): a re-encode in the same format keeps what the user chose (transparency, lossless
/// graphics) at a comparable size. A body that does not decode, or decodes to another size than its header
/// claimed, is refused as <see cref="ImageProblems.MalformedType"/>.
/// </summary>
public interface IImageIngest
{
    Task<IngestedImage> IngestAsync(ReadOnlyMemory<byte> bytes, ImageHeader header, CancellationToken cancellationToken);
}

/// <param name="Image">The upright, metadata-free image.</param>
/// <param name="Thumbnail">At most <see cref="ThumbnailMaxSide"/> pixels on its longer side, in <see cref="ThumbnailFormat"/>.</param>
public sealed record IngestedImage(EncodedImage Image, EncodedImage Thumbnail)
{
    public const int ThumbnailMaxSide = 320;

    /// <summary>WebP keeps a transparent image's transparency, at a JPEG's size.</summary>
    public const ImageFormat ThumbnailFormat = ImageFormat.Webp;
}

public sealed record EncodedImage(byte[] Bytes, string ContentType, int Width, int Height);
