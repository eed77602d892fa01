using System.Security.Cryptography;

namespace Pixyer.Infrastructure.Security;

/// <summary>
/// Server keys: the configured value, else a key file in the data folder's <c>keys/</c>, created on first use and
/// readable by this user only (every node of a cluster must share it).
/// </summary>
internal static class DataFolderKey
{
    /// <summary>A 256-bit key: the configured base64 value, else a random one kept in <paramref name="fileName"/>.</summary>
    public static byte[] Load(string? configured, string fileName, InfrastructureOptions options) =>
        Convert.FromBase64String(
            !string.IsNullOrWhiteSpace(configured)
                ? configured
                : ReadOrCreate(fileName, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), options));

    /// <summary>The key file's text; when there is none yet, <paramref name="create"/> makes it.</summary>
    public static string ReadOrCreate(string fileName, Func<string> create, InfrastructureOptions options)
    {
        var path = options.DataPath("keys", fileName);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, create());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host on the same data folder made one first: everyone uses that one.
            File.Delete(temporary);
        }

        return File.ReadAllText(path);
    }
}
