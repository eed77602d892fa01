namespace Pixyer.Application.Common.Security;

/// <summary>Opaque bearer secrets (session, verification, CSRF tokens): 256 random bits, only hashes stored.</summary>
public interface ISecretTokens
{
    string Generate();

    string Hash(string token);

    /// <summary>
    /// A secret only the holder of <paramref name="secret"/> can compute, distinct per <paramref name="purpose"/>,
    /// that reveals nothing of the secret it comes from.
    /// </summary>
    string Derive(string secret, string purpose);
}
