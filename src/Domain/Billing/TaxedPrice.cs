namespace Pixyer.Domain.Billing;

/// <summary>A plan's price with the configured tax on top, in the currency's minor unit; the total is what is charged.</summary>
public readonly record struct TaxedPrice(long PriceMinor, int TaxRateBasisPoints, long TaxMinor, long TotalMinor)
{
    /// <summary>The tax is rounded half away from zero in the minor unit.</summary>
    public static TaxedPrice Of(long priceMinor, int taxRateBasisPoints)
    {
        var tax = (long)Math.Round(priceMinor * (decimal)taxRateBasisPoints / 10_000m, MidpointRounding.AwayFromZero);
        return new TaxedPrice(priceMinor, taxRateBasisPoints, tax, priceMinor + tax);
    }
}
