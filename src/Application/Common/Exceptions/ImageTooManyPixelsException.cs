using System.Globalization;

namespace Pixyer.Application.Common.Exceptions;

/// <summary>
/// The image's header claims more pixels than are accepted (422). Refused from the header alone, before anything
/// is decoded: a few bytes can claim an image that would take gigabytes to decode (a decompression bomb).
/// </summary>
public sealed class ImageTooManyPixelsException(int width, int height, long maxPixels)
    : ProblemException(
        422,
        "image-too-many-pixels",
        "Image has too many pixels",
        string.Create(CultureInfo.InvariantCulture, $"The image is {width}×{height} pixels; at most {maxPixels / 1_000_000.0:0.#} megapixels are accepted."))
{
    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?>
    {
        ["width"] = width,
        ["height"] = height,
        ["maxPixels"] = maxPixels,
    };
}
