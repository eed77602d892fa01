using System.Net;
using System.Net.Sockets;

namespace Pixyer.Domain.Common;

/// <summary>
/// Coarsens an IP address so that it no longer points at one subscriber: IPv4 keeps its /24 (a.b.c.0), IPv6 its
/// /48 (the first three groups). What is not an address (e.g. "unknown") has nothing to coarsen and stays as it is.
/// </summary>
public static class IpTruncation
{
    private const int Ipv4KeptBytes = 3;
    private const int Ipv6KeptBytes = 6;

    public static string Truncate(string ipAddress)
    {
        if (!IPAddress.TryParse(ipAddress, out var address))
        {
            return ipAddress;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var kept = address.AddressFamily == AddressFamily.InterNetwork ? Ipv4KeptBytes : Ipv6KeptBytes;
        Array.Clear(bytes, kept, bytes.Length - kept);
        return new IPAddress(bytes).ToString();
    }
}
