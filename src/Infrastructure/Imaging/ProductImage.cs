using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>
/// The decoded product photo, ready to place: at most <see cref="MaxSide"/> pixels on its longer side, a plain white
/// backdrop made transparent (see <see cref="WhiteBackdrop"/>), and the bounds of what is left visible.
/// </summary>
internal sealed class ProductImage : IDisposable
{
    /// <summary>Larger photos are scaled down first: no format needs more, and every later step gets cheaper.</summary>
    private const int MaxSide = 2048;

    /// <summary>Pixels more transparent than this count as background when trimming.</summary>
    private const byte VisibleAlpha = 16;

    private ProductImage(SKImage image, SKRectI visible)
    {
        Image = image;
        Visible = visible;
    }

    public SKImage Image { get; }

    /// <summary>The source rectangle to draw: the bounds of the visible pixels.</summary>
    public SKRect Visible { get; }

    public static ProductImage Decode(ReadOnlySpan<byte> encoded)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("The product photo is not an image SkiaSharp can decode.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = SKBitmap.Decode(codec, info) ?? throw new InvalidDataException("The product photo could not be decoded.");
        try
        {
            bitmap = Shrunk(bitmap);
            WhiteBackdrop.Clear(bitmap);
            var visible = VisibleBounds(bitmap);
            if (visible.IsEmpty)
            {
                throw new InvalidDataException("The product photo has nothing visible on it.");
            }

            return new ProductImage(SKImage.FromBitmap(bitmap), visible);
        }
        finally
        {
            bitmap.Dispose();
        }
    }

    public void Dispose() => Image.Dispose();

    private static SKBitmap Shrunk(SKBitmap bitmap)
    {
        var scale = (float)MaxSide / Math.Max(bitmap.Width, bitmap.Height);
        if (scale >= 1)
        {
            return bitmap;
        }

        var size = new SKSizeI(Math.Max(1, (int)(bitmap.Width * scale)), Math.Max(1, (int)(bitmap.Height * scale)));
        using (bitmap)
        {
            return bitmap.Resize(bitmap.Info.WithSize(size), Renderer.Sampling)
                   ?? throw new InvalidOperationException("The product photo could not be scaled down.");
        }
    }

    private static SKRectI VisibleBounds(SKBitmap bitmap)
    {
        ReadOnlySpan<byte> pixels = bitmap.GetPixelSpan();
        int width = bitmap.Width, height = bitmap.Height, rowBytes = bitmap.RowBytes;
        int left = width, top = height, right = -1, bottom = -1;
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Slice(y * rowBytes, width * 4);
            for (var x = 0; x < width; x++)
            {
                if (row[(x * 4) + 3] <= VisibleAlpha)
                {
                    continue;
                }

                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = y;
            }
        }

        return right < 0 ? SKRectI.Empty : new SKRectI(left, top, right + 1, bottom + 1);
    }
}
