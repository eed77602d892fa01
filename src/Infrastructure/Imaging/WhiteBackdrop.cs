using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>
/// Product shots are often taken on a plain white sweep. When nearly all of a photo's border is white, the white
/// that reaches the border (a flood fill from it) is made transparent, so that the template's backdrop and shadow
/// follow the product's outline rather than the photo's rectangle. White inside the product, walled off by its
/// outline, stays.
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
        var border = Border(width, height).ToList();
        var white = 0;
        foreach (var point in border)
        {
            white += IsWhite(pixels, Offset(point, rowBytes)) ? 1 : 0;
        }

        if (white < border.Count * WhiteBorderShare)
        {
            return;
        }

        var reached = new bool[width * height];
        var pending = new Stack<(int X, int Y)>(border);
        while (pending.TryPop(out var next))
        {
            var (x, y) = next;
            if (x < 0 || y < 0 || x >= width || y >= height || reached[(y * width) + x] || !IsWhite(pixels, Offset(next, rowBytes)))
            {
                continue;
            }

            reached[(y * width) + x] = true;
            pixels.Slice(Offset(next, rowBytes), 4).Clear();
            pending.Push((x + 1, y));
            pending.Push((x - 1, y));
            pending.Push((x, y + 1));
            pending.Push((x, y - 1));
        }
    }

    private static int Offset((int X, int Y) point, int rowBytes) => (point.Y * rowBytes) + (point.X * 4);

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
