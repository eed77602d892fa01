using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Security;

namespace Pixyer.Infrastructure.Security;

/// <summary>AES-256-GCM under the master key (<c>Pixyer:MasterKey</c>, else <c>keys/master.key</c>): nonce, ciphertext, tag.</summary>
internal sealed class MasterKeySealer(IOptions<InfrastructureOptions> options) : IKeySealer
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Lazy<byte[]> key = new(() => DataFolderKey.Load(options.Value.MasterKey, "master.key", options.Value));

    public byte[] Seal(ReadOnlySpan<byte> secret)
    {
        var sealedSecret = new byte[NonceSize + secret.Length + TagSize];
        var nonce = sealedSecret.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Value, TagSize);
        aes.Encrypt(nonce, secret, sealedSecret.AsSpan(NonceSize, secret.Length), sealedSecret.AsSpan(NonceSize + secret.Length));
        return sealedSecret;
    }

    public byte[] Unseal(ReadOnlySpan<byte> sealedSecret)
    {
        if (sealedSecret.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Too short to be a sealed secret.");
        }

        var secret = new byte[sealedSecret.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key.Value, TagSize);
        aes.Decrypt(sealedSecret[..NonceSize], sealedSecret.Slice(NonceSize, secret.Length), sealedSecret[^TagSize..], secret);
        return secret;
    }
}
