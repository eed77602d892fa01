namespace Pixyer.Application.Common.Security;

/// <summary>Opaque bearer secrets (session, verification, CSRF tokens): 256 random bits, only hashes stored.</summary>
public interface ISecretTokens
{
    /// <summary>The random bytes of a generated token; a derived one is an HMAC-SHA256, of the same size.</summary>
    const int TokenBytes = 32;

    /// <summary>Every generated or derived token: <see cref="TokenBytes"/> in unpadded Base64url, 43 characters.</summary>
    const int TokenLength = ((4 * TokenBytes) + 2) / 3;

    string Generate();

    string Hash(string token);

    /// <summary>
    /// A secret only the holder of <paramref name="secret"/> can compute, distinct per <paramref name="purpose"/>,
    /// that reveals nothing of the secret it comes from.
    /// </summary>
    string Derive(string secret, string purpose);
}
