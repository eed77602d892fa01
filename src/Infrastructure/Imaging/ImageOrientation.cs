using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>
/// Turns decoded pixels upright as their EXIF orientation says, since the re-encoded file carries no orientation
/// tag any more (and SkiaSharp's decoder does not apply it). The matrices are Skia's own SkEncodedOriginToMatrix.
/// </summary>
internal static class ImageOrientation
{
    /// <summary>
    /// Takes <paramref name="source"/> over: answers it as it is when upright already, else disposes it (it can
    /// weigh 160 MB) and answers an upright copy.
    /// </summary>
    public static SKBitmap Apply(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return source;
        }

        var (w, h) = (source.Width, source.Height);
        var swapsSides = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var upright = new SKBitmap(source.Info.WithSize(swapsSides ? h : w, swapsSides ? w : h));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), // LeftBottom
        });
        using (source)
        using (var paint = new SKPaint { BlendMode = SKBlendMode.Src })
        {
            // Immutable, so that drawing shares its pixels instead of copying them; each pixel maps to one pixel.
            source.SetImmutable();
            canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), paint);
        }

        return upright;
    }
}
