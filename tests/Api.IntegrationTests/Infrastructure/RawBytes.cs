using System.Text;

namespace Pixyer.Api.IntegrationTests.Infrastructure;

/// <summary>Reads every file under a folder as bytes, as someone with a copy of the disk would, and looks for values in any letter case.</summary>
public static class RawBytes
{
    /// <summary>Each file (relative path) that holds one of <paramref name="values"/> in UTF-8.</summary>
    public static IReadOnlyList<string> FilesContaining(string folder, params string[] values)
    {
        var needles = values.Select(v => Encoding.UTF8.GetBytes(v.ToLowerInvariant())).ToList();
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => Read(file) is { } bytes && needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0))
            .Select(file => Path.GetRelativePath(folder, file))
            .ToList();
    }

    private static byte[] Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(bytes[i] + 32) : bytes[i];
        }

        return bytes;
    }
}
