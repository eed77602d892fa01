using System.Net;
using System.Net.Sockets;

namespace Pixyer.Domain.Common;

/// <summary>
/// Cuts an IP address down to its network (IPv4 /24, IPv6 /48): enough to see roughly where a request came
/// from, too little to point at a household.
/// </summary>
public static class IpAddressTruncation
{
    public const string Unknown = "unknown";

    public static string Truncate(string? address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return Unknown;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        var bytes = ip.GetAddressBytes();
        var keep = ip.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        Array.Clear(bytes, keep, bytes.Length - keep);
        return new IPAddress(bytes).ToString();
    }
}
