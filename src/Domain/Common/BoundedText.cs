namespace Pixyer.Domain.Common;

/// <summary>Text from outside Pixyer's control (a gateway's code, a browser's user agent) cut to the length Pixyer keeps.</summary>
public static class BoundedText
{
    public static string Cut(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];
}
