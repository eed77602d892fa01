using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>
/// Product shots are often taken on a plain white sweep. When nearly all of a photo's border is white, the white
/// that reaches the border (a flood fill from it) is made transparent, so that the template's backdrop and shadow
/// follow the product's outline rather than the photo's rectangle. White inside the product, walled off by its
/// outline, stays. The outline's light, anti-aliased ring is un-mixed from the white (<see cref="Unmix"/>), so that
/// no white halo shows on a dark backdrop.
/// </summary>
internal static class WhiteBackdrop
{
    /// <summary>A pixel whose every channel is at least this, fully opaque, is backdrop white.</summary>
    private const byte White = 235;

    /// <summary>The share of border pixels that must be white before anything is cleared.</summary>
    private const double WhiteBorderShare = 0.9;

    public static void Clear(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        int width = bitmap.Width, height = bitmap.Height, rowBytes = bitmap.RowBytes;
        var border = Border(width, height).ToArray();
        var white = 0;
        foreach (var (x, y) in border)
        {
            white += IsWhite(pixels, (y * rowBytes) + (x * 4)) ? 1 : 0;
        }

        if (white < border.Length * WhiteBorderShare)
        {
            return;
        }

        // Each pixel enters the stack at most once: it is marked when pushed.
        var reached = new bool[width * height];
        var pending = new int[width * height];
        var count = 0;
        foreach (var (x, y) in border)
        {
            Reach(pixels, reached, pending, ref count, x, y, width, rowBytes);
        }

        while (count > 0)
        {
            var index = pending[--count];
            int x = index % width, y = index / width;
            pixels.Slice((y * rowBytes) + (x * 4), 4).Clear();
            if (x + 1 < width)
            {
                Reach(pixels, reached, pending, ref count, x + 1, y, width, rowBytes);
            }

            if (x > 0)
            {
                Reach(pixels, reached, pending, ref count, x - 1, y, width, rowBytes);
            }

            if (y + 1 < height)
            {
                Reach(pixels, reached, pending, ref count, x, y + 1, width, rowBytes);
            }

            if (y > 0)
            {
                Reach(pixels, reached, pending, ref count, x, y - 1, width, rowBytes);
            }
        }

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var index = (y * width) + x;
                if (!reached[index] && TouchesCleared(reached, x, y, width, height))
                {
                    Unmix(pixels.Slice((y * rowBytes) + (x * 4), 4));
                }
            }
        }
    }

    private static bool TouchesCleared(bool[] reached, int x, int y, int width, int height) =>
        (x + 1 < width && reached[(y * width) + x + 1]) || (x > 0 && reached[(y * width) + x - 1])
        || (y + 1 < height && reached[((y + 1) * width) + x]) || (y > 0 && reached[((y - 1) * width) + x]);

    /// <summary>
    /// An edge pixel is the product's colour blended with the white backdrop. Taking the product as fully saturated
    /// (its darkest channel 0), the lightness of the darkest channel gives the blend's opacity; the white share is
    /// then subtracted, which leaves the premultiplied product colour.
    /// </summary>
    private static void Unmix(Span<byte> pixel)
    {
        var alpha = 255 - Math.Min(pixel[0], Math.Min(pixel[1], pixel[2]));
        var white = 255 - alpha;
        for (var channel = 0; channel < 3; channel++)
        {
            pixel[channel] = (byte)Math.Clamp(pixel[channel] - white, 0, alpha);
        }

        pixel[3] = (byte)alpha;
    }

    private static void Reach(Span<byte> pixels, bool[] reached, int[] pending, ref int count, int x, int y, int width, int rowBytes)
    {
        var index = (y * width) + x;
        if (!reached[index] && IsWhite(pixels, (y * rowBytes) + (x * 4)))
        {
            reached[index] = true;
            pending[count++] = index;
        }
    }

    private static bool IsWhite(Span<byte> pixels, int offset) =>
        pixels[offset + 3] == 255 && pixels[offset] >= White && pixels[offset + 1] >= White && pixels[offset + 2] >= White;

    private static IEnumerable<(int X, int Y)> Border(int width, int height)
    {
        for (var x = 0; x < width; x++)
        {
            yield return (x, 0);
            yield return (x, height - 1);
        }

        for (var y = 1; y < height - 1; y++)
        {
            yield return (0, y);
            yield return (width - 1, y);
        }
    }
}
