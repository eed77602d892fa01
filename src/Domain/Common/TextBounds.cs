using System.Diagnostics.CodeAnalysis;

namespace Pixyer.Domain.Common;

/// <summary>
/// Keeps a text within the length its column and the API promise: one the system writes itself (a name, an identifier)
/// or one from outside its control (a gateway's code, a browser's user agent).
/// </summary>
public static class TextBounds
{
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Cut(string? text, int maxLength) => text is { Length: var length } && length > maxLength ? text[..maxLength] : text;
}
