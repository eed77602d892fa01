namespace Pixyer.Application.Common.AccessLog;

/// <summary>Country-level location of an IP address, the only precision the access log keeps.</summary>
public interface IGeoLocator
{
    /// <summary>The ISO 3166 country code, or <c>unknown</c> (no database, private or unlisted address).</summary>
    string CountryOf(string? ipAddress);
}
