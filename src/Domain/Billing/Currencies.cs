namespace Pixyer.Domain.Billing;

/// <summary>The ISO 4217 currencies plans may be priced in, with the digits of their minor unit.</summary>
public static class Currencies
{
    private static readonly Dictionary<string, int> MinorDigits = new(StringComparer.Ordinal)
    {
        ["CNY"] = 2, ["HKD"] = 2, ["TWD"] = 2, ["USD"] = 2, ["EUR"] = 2, ["GBP"] = 2, ["JPY"] = 0, ["KRW"] = 0, ["SGD"] = 2,
        ["AUD"] = 2, ["CAD"] = 2, ["CHF"] = 2, ["INR"] = 2, ["MYR"] = 2, ["THB"] = 2, ["NZD"] = 2, ["SEK"] = 2, ["NOK"] = 2,
        ["DKK"] = 2, ["BRL"] = 2, ["MXN"] = 2,
    };

    public static IEnumerable<string> Codes => MinorDigits.Keys;

    public static bool IsKnown(string? code) => code is not null && MinorDigits.ContainsKey(code);

    /// <summary>An amount in the minor unit as it is written, e.g. <c>1999</c> CNY as <c>19.99 CNY</c>.</summary>
    public static string Format(long amountMinor, string currency)
    {
        var digits = MinorDigits.GetValueOrDefault(currency, 2);
        var value = amountMinor / (decimal)Math.Pow(10, digits);
        return $"{value.ToString($"F{digits}", System.Globalization.CultureInfo.InvariantCulture)} {currency}";
    }
}
