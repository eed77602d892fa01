using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Security;

namespace Pixyer.Infrastructure.Security;

internal sealed class KeyedHasher(IOptions<InfrastructureOptions> options) : IKeyedHasher
{
    private readonly Lazy<byte[]> key = new(() => LoadKey(options.Value));

    public string Hash(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(value)));

    /// <summary>The configured key, else a random one kept in the data folder (every node of a cluster must share it).</summary>
    private static byte[] LoadKey(InfrastructureOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.HashingKey))
        {
            return Convert.FromBase64String(options.HashingKey);
        }

        var path = options.DataPath("keys", "hashing.key");
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
