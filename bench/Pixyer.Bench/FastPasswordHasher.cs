using System.Security.Cryptography;
using System.Text;
using Pixyer.Application.Common.Security;

namespace Pixyer.Bench;

/// <summary>
/// Bench only, never for real passwords: one salted SHA-256 instead of PBKDF2, so that the cost of the pipeline
/// itself shows instead of drowning in the key derivation. Both paths use it in the "fast hash" scenario.
/// </summary>
internal sealed class FastPasswordHasher : IPasswordHasher
{
    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return Convert.ToHexStringLower(salt) + ":" + Digest(salt, password);
    }

    public bool Verify(string hash, string password)
    {
        var separator = hash.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(hash[(separator + 1)..]);
        var actual = Encoding.ASCII.GetBytes(Digest(Convert.FromHexString(hash.AsSpan(0, separator)), password));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    public void VerifyAgainstDummy(string password) => Verify("00:00", password);

    private static string Digest(byte[] salt, string password) =>
        Convert.ToHexStringLower(SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]));
}
