using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>
/// The decoded product photo, ready to place: at most <see cref="MaxSide"/> pixels on its longer side, a plain white
/// backdrop made transparent (see <see cref="WhiteBackdrop"/>), and the bounds of what is left visible.
/// </summary>
internal sealed class ProductImage : IDisposable
{
    /// <summary>
    /// Larger photos are scaled down first: no format draws the product taller than about 1,100 pixels, and every
    /// later step gets cheaper.
    /// </summary>
    private const int MaxSide = 1280;

    /// <summary>Pixels more transparent than this count as background when trimming.</summary>
    private const byte VisibleAlpha = 16;

    private static readonly SKSamplingOptions Enlarging = new(SKCubicResampler.Mitchell);

    private readonly SKBitmap bitmap;
    private readonly SKRectI visible;

    private ProductImage(SKBitmap bitmap, SKRectI visible)
    {
        this.bitmap = bitmap;
        this.visible = visible;
    }

    /// <summary>The size of the visible part, in the decoded photo's pixels.</summary>
    public SKSize Size => new(visible.Width, visible.Height);

    public static ProductImage Decode(ReadOnlySpan<byte> encoded)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("The product photo is not an image SkiaSharp can decode.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = SKBitmap.Decode(codec, info) ?? throw new InvalidDataException("The product photo could not be decoded.");
        var scale = Math.Min(1f, (float)MaxSide / Math.Max(info.Width, info.Height));
        var bitmap = Downscaled(decoded, SKRectI.Create(info.Width, info.Height), new SKSizeI(Math.Max(1, (int)(info.Width * scale)), Math.Max(1, (int)(info.Height * scale))));
        WhiteBackdrop.Clear(bitmap);
        var visible = VisibleBounds(bitmap);
        if (visible.IsEmpty)
        {
            bitmap.Dispose();
            throw new InvalidDataException("The product photo has nothing visible on it.");
        }

        return new ProductImage(bitmap, visible);
    }

    /// <summary>The visible part at exactly <paramref name="size"/>.</summary>
    public SKImage Scaled(SKSizeI size)
    {
        using var scaled = Downscaled(bitmap, visible, size);
        return SKImage.FromBitmap(scaled);
    }

    public void Dispose() => bitmap.Dispose();

    /// <summary>
    /// <paramref name="subset"/> of <paramref name="source"/> at <paramref name="size"/>: halved while it is more than
    /// twice as large (each halving averages four pixels, as a mipmap level does), then scaled bilinearly. The result
    /// shares no pixels the caller could free early: a subset keeps its own reference to them.
    /// </summary>
    private static SKBitmap Downscaled(SKBitmap source, SKRectI subset, SKSizeI size)
    {
        var current = new SKBitmap();
        if (!source.ExtractSubset(current, subset))
        {
            current.Dispose();
            throw new InvalidOperationException("The visible part of the product photo could not be cut out.");
        }

        while (current.Width >= size.Width * 2 && current.Height >= size.Height * 2)
        {
            current = Resized(current, new SKSizeI(current.Width / 2, current.Height / 2));
        }

        return current.Width == size.Width && current.Height == size.Height ? current : Resized(current, size);
    }

    /// <summary>
    /// A new bitmap of <paramref name="size"/> from <paramref name="bitmap"/>, which is disposed. Enlarging (a small
    /// photo) uses a cubic filter, which keeps edges smoother than bilinear.
    /// </summary>
    private static SKBitmap Resized(SKBitmap bitmap, SKSizeI size)
    {
        using (bitmap)
        {
            var sampling = size.Width > bitmap.Width ? Enlarging : Renderer.Sampling;
            return bitmap.Resize(bitmap.Info.WithSize(size), sampling) ?? throw new InvalidOperationException("The product photo could not be scaled.");
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
