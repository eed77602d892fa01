using Microsoft.AspNetCore.Identity;

namespace Pixyer.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher (salted, iterated); a raw password is never stored.</summary>
internal sealed class PasswordHasher : Application.Common.Security.IPasswordHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(User, Guid.NewGuid().ToString()));

    public string Hash(string password) => Hasher.HashPassword(User, password);

    public bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;

    public void VerifyAgainstDummy(string password) => Verify(DummyHash.Value, password);
}
