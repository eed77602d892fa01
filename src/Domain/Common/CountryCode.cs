namespace Pixyer.Domain.Common;

/// <summary>A country as Pixyer stores it: an ISO 3166-1 alpha-2 code.</summary>
public static class CountryCode
{
    public const int Length = 2;
}
