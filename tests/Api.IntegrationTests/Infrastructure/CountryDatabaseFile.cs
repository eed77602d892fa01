using System.Net;
using System.Text;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Writes a tiny IPv4 country database in the MaxMind DB format (https://maxmind.github.io/MaxMind-DB/), so that the
/// real MaxMind reader can be tested without shipping GeoLite2: a binary search tree of 24-bit records, 16 zero
/// bytes, the data section, then the metadata after "\xAB\xCD\xEFMaxMind.com".
/// </summary>
public static class CountryDatabaseFile
{
    private const int Empty = -1;
    private static readonly byte[] MetadataMarker = [0xAB, 0xCD, 0xEF, .. "MaxMind.com"u8];

    /// <param name="path">The file to write.</param>
    /// <param name="networks">IPv4 networks ("81.2.69.0/24") and the ISO country code of each; they must not overlap.</param>
    public static void Write(string path, IReadOnlyDictionary<string, string> networks)
    {
        var data = new MemoryStream();
        var nodes = new List<int[]> { new[] { Empty, Empty } };
        foreach (var (network, isoCode) in networks)
        {
            // Data pointers are kept as -(offset + 2) until the node count is known.
            var offset = (int)data.Position;
            WriteMap(data, ("country", map => WriteMap(map, ("iso_code", value => WriteString(value, isoCode)))));
            Insert(nodes, network, -(offset + 2));
        }

        using var file = File.Create(path);
        foreach (var node in nodes)
        {
            foreach (var record in node)
            {
                var value = record switch
                {
                    Empty => nodes.Count,
                    < 0 => nodes.Count + 16 + (-record - 2),
                    _ => record,
                };
                file.Write([(byte)(value >> 16), (byte)(value >> 8), (byte)value]);
            }
        }

        file.Write(new byte[16]);
        file.Write(data.ToArray());
        file.Write(MetadataMarker);
        WriteMap(
            file,
            ("binary_format_major_version", s => WriteUInt16(s, 2)),
            ("binary_format_minor_version", s => WriteUInt16(s, 0)),
            ("build_epoch", s => WriteUInt64(s, 1_700_000_000)),
            ("database_type", s => WriteString(s, "GeoLite2-Country")),
            ("description", s => WriteMap(s, ("en", d => WriteString(d, "Pixyer test countries")))),
            ("ip_version", s => WriteUInt16(s, 4)),
            ("languages", s => WriteArray(s, l => WriteString(l, "en"))),
            ("node_count", s => WriteUInt32(s, (uint)nodes.Count)),
            ("record_size", s => WriteUInt16(s, 24)));
    }

    private static void Insert(List<int[]> nodes, string network, int dataRecord)
    {
        var parts = network.Split('/');
        var address = IPAddress.Parse(parts[0]).GetAddressBytes();
        var prefixLength = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var node = 0;
        for (var i = 0; i < prefixLength; i++)
        {
            var bit = (address[i / 8] >> (7 - (i % 8))) & 1;
            if (i == prefixLength - 1)
            {
                nodes[node][bit] = dataRecord;
            }
            else if (nodes[node][bit] > 0)
            {
                node = nodes[node][bit];
            }
            else
            {
                nodes.Add([Empty, Empty]);
                nodes[node][bit] = nodes.Count - 1;
                node = nodes.Count - 1;
            }
        }
    }

    // Control byte: the type in the top 3 bits, the size (< 29 here) in the low 5; extended types add a second byte.
    private static void Control(Stream stream, int type, int size)
    {
        if (type <= 7)
        {
            stream.WriteByte((byte)((type << 5) | size));
        }
        else
        {
            stream.Write([(byte)size, (byte)(type - 7)]);
        }
    }

    private static void WriteString(Stream stream, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Control(stream, 2, bytes.Length);
        stream.Write(bytes);
    }

    private static void WriteUInt16(Stream stream, ushort value) => WriteUnsigned(stream, 5, value, 2);

    private static void WriteUInt32(Stream stream, uint value) => WriteUnsigned(stream, 6, value, 4);

    private static void WriteUInt64(Stream stream, ulong value) => WriteUnsigned(stream, 9, value, 8);

    private static void WriteUnsigned(Stream stream, int type, ulong value, int size)
    {
        Control(stream, type, size);
        for (var shift = (size - 1) * 8; shift >= 0; shift -= 8)
        {
            stream.WriteByte((byte)(value >> shift));
        }
    }

    private static void WriteMap(Stream stream, params (string Key, Action<Stream> WriteValue)[] entries)
    {
        Control(stream, 7, entries.Length);
        foreach (var (key, writeValue) in entries)
        {
            WriteString(stream, key);
            writeValue(stream);
        }
    }

    private static void WriteArray(Stream stream, params Action<Stream>[] items)
    {
        Control(stream, 11, items.Length);
        foreach (var writeItem in items)
        {
            writeItem(stream);
        }
    }
}
