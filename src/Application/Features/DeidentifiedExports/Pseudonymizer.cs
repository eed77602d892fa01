using System.Security.Cryptography;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.DeidentifiedExports;

/// <summary>
/// Replaces account ids by HMAC-SHA256 under a random key that lives only in this object: it is never stored, logged
/// or returned, so nobody (Pixyer included) can recompute a pseudonym, and two datasets share none.
/// </summary>
public sealed class Pseudonymizer : IDisposable
{
    private const int PseudonymBytes = 16;

    private readonly HMACSHA256 hmac;

    public Pseudonymizer()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        hmac = new HMACSHA256(key);
        CryptographicOperations.ZeroMemory(key);
    }

    public string Of(AccountId id) => Convert.ToHexStringLower(hmac.ComputeHash(id.Value.ToByteArray()), 0, PseudonymBytes);

    public void Dispose() => hmac.Dispose();
}
