using System.Net;
using System.Net.Sockets;
using MaxMind.GeoIP2;
using Pixyer.Application.Common.AccessLog;
using Pixyer.Domain.AccessLog;

namespace Pixyer.Infrastructure.Geo;

/// <summary>
/// Country lookups in a MaxMind (GeoLite2/GeoIP2) country database, opened once and memory-mapped. Addresses that
/// locate nothing (private, loopback, link-local, not in the database) answer <c>unknown</c>.
/// </summary>
internal sealed class MaxMindGeoLocator(string databasePath) : IGeoLocator, IDisposable
{
    private readonly DatabaseReader reader = new(databasePath);

    public string CountryOf(string? ipAddress)
    {
        if (!IPAddress.TryParse(ipAddress, out var address))
        {
            return AccessLogEntry.Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        // An IPv4-only database cannot answer for an IPv6 address (the reader would throw).
        var searchable = IsPublic(address) && (address.AddressFamily == AddressFamily.InterNetwork || reader.Metadata.IPVersion == 6);
        return searchable && reader.TryCountry(address, out var found) && found?.Country.IsoCode is { Length: > 0 } isoCode
            ? isoCode
            : AccessLogEntry.Unknown;
    }

    public void Dispose() => reader.Dispose();

    private static bool IsPublic(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 or >= 224 => false,
            100 => b[1] is < 64 or > 127, // 100.64.0.0/10, carrier-grade NAT
            169 => b[1] != 254,
            172 => b[1] is < 16 or > 31,
            192 => b[1] != 168,
            _ => true,
        };
    }
}
