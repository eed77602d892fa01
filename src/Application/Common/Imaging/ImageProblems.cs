using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Common.Imaging;

/// <summary>The 422 refusals of an image that is of a supported type but cannot be taken as it is.</summary>
public static class ImageProblems
{
    /// <summary>Truncated, damaged, or not what its header says.</summary>
    public const string MalformedType = "image-malformed";

    /// <summary>Bytes after the image's end: another file hidden behind it (a polyglot).</summary>
    public const string TrailingDataType = "image-trailing-data";

    public static RequestRefusedException Truncated(ImageFormat format) =>
        Malformed(format, "it ends before its image data does (truncated)");

    public static RequestRefusedException Malformed(ImageFormat format, string why) =>
        new(MalformedType, $"The file starts as a {Name(format)} image but is not a valid one: {why}.");

    public static RequestRefusedException TrailingData(ImageFormat format) =>
        new(TrailingDataType, $"The file goes on after the end of its {Name(format)} image. Upload the image alone, without anything appended to it.");

    private static string Name(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.Png => "PNG",
        _ => "WebP",
    };
}
