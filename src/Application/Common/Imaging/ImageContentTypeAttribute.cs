namespace Pixyer.Application.Common.Imaging;

/// <summary>The property holds the media type of an <see cref="ImageFormat"/>: every stored image is re-encoded to one.</summary>
public sealed class ImageContentTypeAttribute() : WireNameOfAttribute(Enum.GetValues<ImageFormat>().Select(f => f.ContentType()).ToList());
