namespace Pixyer.Application.Common.Imaging;

/// <summary>The image formats an upload may be; recognised from the bytes, never from a name or declared type.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
}

public static class ImageFormats
{
    public static string ContentType(this ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Webp => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The usual file extension of a stored image's media type (<c>bin</c> for any other).</summary>
    public static string ExtensionOf(string contentType) => contentType switch
    {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/webp" => "webp",
        _ => "bin",
    };
}

/// <summary>What the sniffer read from an image's header, before anything decoded it.</summary>
public sealed record ImageHeader(ImageFormat Format, int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}
