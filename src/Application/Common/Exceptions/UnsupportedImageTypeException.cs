namespace Pixyer.Application.Common.Exceptions;

/// <summary>The bytes are not a JPEG, PNG or WebP image, whatever the file's name or declared type say (415).</summary>
public sealed class UnsupportedImageTypeException()
    : ProblemException(
        415,
        "unsupported-image-type",
        "Unsupported image type",
        "The file is not a JPEG, PNG or WebP image. Its content decides, not its name or declared type.");
