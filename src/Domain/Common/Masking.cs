using System.Globalization;

namespace Pixyer.Domain.Common;

/// <summary>
/// Desensitized identifiers for public announcements (D1): enough for the person to recognise themselves, too little
/// for anyone else to find them. Counted in text elements, so an accent or an emoji is never cut in half.
/// </summary>
public static class Masking
{
    public const string Mask = "***";

    /// <summary>Names this short keep nothing: their first and last character would be most of the name.</summary>
    private const int ShortestRevealedName = 4;

    /// <summary><c>user1237</c> → <c>u***7</c>; a name of up to three characters → <c>***</c>.</summary>
    public static string Username(string username)
    {
        var elements = TextElements(username.Trim());
        return elements.Count < ShortestRevealedName ? Mask : $"{elements[0]}{Mask}{elements[^1]}";
    }

    /// <summary>
    /// <c>Peter+shop@Example.com</c> → <c>p***@example.com</c>: the local part's first character (none when it has only
    /// one), the domain kept, all in lower case. Without a single <c>@</c> between two parts nothing is kept.
    /// </summary>
    public static string Email(string email)
    {
        var parts = email.Trim().ToLowerInvariant().Split('@');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return Mask;
        }

        var local = TextElements(parts[0]);
        return local.Count == 1 ? $"{Mask}@{parts[1]}" : $"{local[0]}{Mask}@{parts[1]}";
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
