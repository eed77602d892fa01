using System.Globalization;
using SkiaSharp;

namespace Pixyer.Infrastructure.Imaging;

/// <summary>Draws a headline as large as fits its box: wrapped at spaces (a word too long for a line is split), centred.</summary>
internal static class Headline
{
    /// <summary>Lines a headline may take before its size shrinks further.</summary>
    private const int MaxLines = 3;
    private const float Shrink = 0.9f;

    public static void Draw(SKCanvas canvas, string text, SKRect box, SKColor color, bool halo)
    {
        var minimum = Math.Max(box.Width, box.Height) * 0.05f;
        var size = Math.Min(box.Height * 0.8f, box.Width * 0.1f);
        using var font = new SKFont(EmbeddedFonts.Bold, size) { Edging = SKFontEdging.Antialias, Subpixel = true };
        var lines = Wrap(text, font, box.Width);
        while ((lines.Count > MaxLines || lines.Count * font.Spacing > box.Height) && font.Size * Shrink >= minimum)
        {
            font.Size *= Shrink;
            lines = Wrap(text, font, box.Width);
        }

        // At the smallest size, whatever does not fit the box is cut.
        var fitting = Math.Max(1, Math.Min(lines.Count, (int)(box.Height / font.Spacing)));
        using var shadow = halo ? SKImageFilter.CreateDropShadow(0, font.Size * 0.04f, font.Size * 0.08f, font.Size * 0.08f, new SKColor(0, 0, 0, 0x80)) : null;
        using var paint = new SKPaint { Color = color, IsAntialias = true, ImageFilter = shadow };
        var baseline = box.MidY - (fitting * font.Spacing / 2) - font.Metrics.Ascent;
        foreach (var line in lines.Take(fitting))
        {
            canvas.DrawText(line, box.MidX, baseline, SKTextAlign.Center, font, paint);
            baseline += font.Spacing;
        }
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Split(w, font, width)))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                candidate = word;
            }

            line = candidate;
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>A word wider than a line, in pieces that each fit one; it is cut between characters as readers see them.</summary>
    private static IEnumerable<string> Split(string word, SKFont font, float width)
    {
        var piece = "";
        var characters = StringInfo.GetTextElementEnumerator(word);
        while (characters.MoveNext())
        {
            var character = characters.GetTextElement();
            if (piece.Length > 0 && font.MeasureText(piece + character) > width)
            {
                yield return piece;
                piece = "";
            }

            piece += character;
        }

        yield return piece;
    }
}
