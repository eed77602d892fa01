using System.Diagnostics.CodeAnalysis;

namespace Pixyer.Domain.Common;

/// <summary>Keeps a text the system writes itself (a name, an identifier) within the length its column and the API promise.</summary>
public static class TextBounds
{
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Cut(string? text, int maxLength) => text is { Length: var length } && length > maxLength ? text[..maxLength] : text;
}
