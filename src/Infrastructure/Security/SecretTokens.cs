using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Pixyer.Application.Common.Security;

namespace Pixyer.Infrastructure.Security;

internal sealed class SecretTokens : ISecretTokens
{
    public string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(ISecretTokens.TokenBytes));

    /// <summary>A plain SHA-256 suffices: a 256-bit random token cannot be guessed from its hash.</summary>
    public string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>HMAC-SHA256 keyed with the secret: without the secret, the result can be neither computed nor reversed.</summary>
    public string Derive(string secret, string purpose) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(purpose)));
}
