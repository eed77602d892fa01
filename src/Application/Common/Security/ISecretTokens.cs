namespace Pixyer.Application.Common.Security;

/// <summary>Opaque bearer secrets (session, verification, CSRF tokens): 256 random bits, only hashes stored.</summary>
public interface ISecretTokens
{
    string Generate();

    string Hash(string token);
}
