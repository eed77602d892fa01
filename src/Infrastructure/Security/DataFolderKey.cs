using System.Security.Cryptography;

namespace Pixyer.Infrastructure.Security;

/// <summary>
/// A 256-bit server key: the configured base64 value, else a random one kept in the data folder's <c>keys/</c>,
/// created on first use and readable by this user only (every node of a cluster must share it).
/// </summary>
internal static class DataFolderKey
{
    public static byte[] Load(string? configured, string fileName, InfrastructureOptions options)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Convert.FromBase64String(configured);
        }

        var path = options.DataPath("keys", fileName);
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: false);
        return key;
    }
}
