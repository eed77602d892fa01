using Pixyer.Application.Common.Imaging;
using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>
/// <see cref="IImageIngest"/> with SkiaSharp. Decoding a 40-megapixel image takes 160 MB (and as much again to
/// turn it upright), so at most one image per core is decoded at a time; more would not go faster anyway.
/// </summary>
public sealed class SkiaImageIngest : IImageIngest, IDisposable
{
    /// <summary>Of the lossy re-encodes (JPEG, WebP): visually the same as a camera's own, at a similar size.</summary>
    private const int ImageQuality = 90;
    private const int ThumbnailQuality = 80;

    private readonly SemaphoreSlim decoders = new(Environment.ProcessorCount);

    public async Task<IngestedImage> IngestAsync(ReadOnlyMemory<byte> bytes, ImageHeader header, CancellationToken cancellationToken)
    {
        await decoders.WaitAsync(cancellationToken);
        try
        {
            return Ingest(bytes.Span, header);
        }
        finally
        {
            decoders.Release();
        }
    }

    public void Dispose() => decoders.Dispose();

    private static IngestedImage Ingest(ReadOnlySpan<byte> bytes, ImageHeader header)
    {
        // A copy (at most the upload limit) that the native codec owns; small beside the decoded pixels.
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw ImageProblems.Malformed(header.Format, "it cannot be decoded");
        if (codec.Info.Width != header.Width || codec.Info.Height != header.Height)
        {
            throw ImageProblems.Malformed(header.Format, "its body does not match its header");
        }

        using var upright = ImageOrientation.Apply(Decode(codec, header.Format), codec.EncodedOrigin);
        var image = Encode(upright, header.Format, ImageQuality);
        using var small = Thumbnail(upright);
        return new IngestedImage(image, Encode(small, IngestedImage.ThumbnailFormat, ThumbnailQuality));
    }

    /// <summary>Into 8-bit sRGB: an embedded colour profile is applied here, since the re-encode keeps none of the original's.</summary>
    private static SKBitmap Decode(SKCodec codec, ImageFormat format)
    {
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKImageInfo.PlatformColorType, alpha, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw result == SKCodecResult.IncompleteInput
                ? ImageProblems.Truncated(format)
                : ImageProblems.Malformed(format, "its image data cannot be decoded");
        }

        return bitmap;
    }

    /// <summary>From the pixels alone: the encoders write no EXIF, XMP or GPS data.</summary>
    private static EncodedImage Encode(SKBitmap bitmap, ImageFormat format, int quality)
    {
        using var pixels = bitmap.PeekPixels();
        using var encoded = format switch
        {
            ImageFormat.Jpeg => pixels.Encode(new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            ImageFormat.Png => pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
            _ => pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, quality)),
        };
        var bytes = encoded?.ToArray() ?? throw new InvalidOperationException("The image could not be encoded.");
        return new EncodedImage(bytes, format.ContentType(), bitmap.Width, bitmap.Height);
    }

    private static SKBitmap Thumbnail(SKBitmap image)
    {
        var scale = Math.Min(1.0, (double)IngestedImage.ThumbnailMaxSide / Math.Max(image.Width, image.Height));
        var size = new SKSizeI(
            Math.Max(1, (int)Math.Round(image.Width * scale)), Math.Max(1, (int)Math.Round(image.Height * scale)));
        return image.Resize(image.Info.WithSize(size), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
               ?? throw new InvalidOperationException("The thumbnail could not be scaled.");
    }
}
