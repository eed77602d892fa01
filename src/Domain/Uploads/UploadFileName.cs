using System.Globalization;
using System.Text;

namespace Pixyer.Domain.Uploads;

/// <summary>
/// The name an uploaded file came with, made safe to keep and show: only its last path segment, without control
/// or invisible formatting characters (a right-to-left override can make <c>photo‮gpj.exe</c> read as a JPEG), at
/// most <see cref="MaxLength"/> characters with its extension kept. The name is never used as a storage path.
/// </summary>
public static class UploadFileName
{
    public const int MaxLength = 255;

    /// <summary>What a name that is empty after cleaning becomes.</summary>
    public const string Fallback = "upload";

    /// <summary>Longer "extensions" are treated as part of the name when shortening.</summary>
    private const int MaxExtensionLength = 16;

    public static string Sanitize(string? name)
    {
        var lastSegment = (name ?? "").Split('/', '\\')[^1];
        var kept = new StringBuilder(lastSegment.Length);
        foreach (var rune in lastSegment.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || rune == Rune.ReplacementChar)
            {
                continue;
            }

            kept.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        // Leading dots would hide the file on Unix systems or name a parent folder; outer spaces are invisible.
        var cleaned = kept.ToString().Trim().TrimStart('.').Trim();
        return cleaned.Length == 0 ? Fallback : Shorten(cleaned);
    }

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtensionLength ? name[dot..] : "";
        return TextPrefix(name[..^extension.Length], MaxLength - extension.Length).TrimEnd() + extension;
    }

    /// <summary>At most <paramref name="length"/> chars, never splitting a character made of several chars.</summary>
    private static string TextPrefix(string text, int length)
    {
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && end + elements.GetTextElement().Length <= length)
        {
            end += elements.GetTextElement().Length;
        }

        return text[..end];
    }
}
