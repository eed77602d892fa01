namespace Pixyer.Application.Common.Security;

/// <summary>
/// Authenticated encryption of small secrets under the server's master key: the per-subject file keys, and the
/// values an erasure's verification searches for until it has run. Whoever has the sealed bytes without the master
/// key learns nothing; destroying the sealed bytes destroys the secret for good.
/// </summary>
public interface IKeySealer
{
    byte[] Seal(ReadOnlySpan<byte> secret);

    /// <summary>The secret; throws <see cref="System.Security.Cryptography.CryptographicException"/> when tampered with.</summary>
    byte[] Unseal(ReadOnlySpan<byte> sealedSecret);
}
