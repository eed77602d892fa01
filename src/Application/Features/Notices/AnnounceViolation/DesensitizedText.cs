using System.Text.RegularExpressions;
using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Features.Notices.AnnounceViolation;

/// <summary>
/// Refuses staff-typed text of a public announcement that would name the person unmasked (D1): their username, the
/// name of their address (the part before <c>@</c> and any <c>+tag</c>), or any e-mail address at all.
/// </summary>
public static partial class DesensitizedText
{
    /// <summary>Shorter address names are too likely to be ordinary words to refuse.</summary>
    private const int ShortestCheckedAddressName = 4;

    public static void Ensure(string field, string text, string username, string email)
    {
        if (EmailLike().IsMatch(text))
        {
            throw Refused(field, "an e-mail address");
        }

        if (text.Contains(username.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw Refused(field, "the person's username");
        }

        var addressName = email.Split('@')[0].Split('+')[0];
        if (addressName.Length >= ShortestCheckedAddressName && text.Contains(addressName, StringComparison.OrdinalIgnoreCase))
        {
            throw Refused(field, "the name of the person's e-mail address");
        }
    }

    private static RequestRefusedException Refused(string field, string what) =>
        new("identifier-not-masked", $"'{field}' contains {what}; a public announcement names the person by masked identifiers only, which it adds itself.");

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailLike();
}
