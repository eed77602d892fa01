namespace Pixyer.Application.Common.Security;

/// <summary>
/// HMAC-SHA256 under a server-side key, for values with little entropy (an IP address, a request body that
/// holds a password) whose plain hash could be reversed by trying every candidate.
/// </summary>
public interface IKeyedHasher
{
    string Hash(string value);
}
