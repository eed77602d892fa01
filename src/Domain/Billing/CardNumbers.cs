using System.Text.RegularExpressions;

namespace Pixyer.Domain.Billing;

/// <summary>
/// Finds what looks like a payment card number in text (C4: Pixyer never takes one): a run of 13 to 19 digits, as
/// written or grouped by single spaces or dashes, that passes the Luhn check. A UUID is never one, though its last
/// groups can be all digits and pass the check (about 1 id in 500): UUIDs are passed over, so the card ids the API
/// itself hands out are never refused.
/// </summary>
public static partial class CardNumbers
{
    public const int MinDigits = 13;
    public const int MaxDigits = 19;

    public static bool AppearIn(string text) => AppearInRuns(Uuid().Replace(text, " "));

    public static bool PassesLuhn(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static bool AppearInRuns(ReadOnlySpan<char> text)
    {
        Span<int> digits = stackalloc int[MaxDigits + 1];
        var count = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\0';
            if (char.IsAsciiDigit(c))
            {
                if (count <= MaxDigits)
                {
                    digits[count] = c - '0';
                }

                count++;
                continue;
            }

            // A single space or dash between two digits groups the number; anything else ends the run.
            if (c is ' ' or '-' && count > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            if (count is >= MinDigits and <= MaxDigits && PassesLuhn(digits[..count]))
            {
                return true;
            }

            count = 0;
        }

        return false;
    }

    // Bounded: digits run into a UUID-shaped tail ("4242…4242-abcd-…") are not a UUID, and are still read.
    [GeneratedRegex("(?<![0-9a-fA-F-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-fA-F-])")]
    private static partial Regex Uuid();
}
