using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// The keys of every file store: the owner's group (a keyed hash of the owner's id, so that a key never reveals whose
/// file it is), the category, and a random 128-bit name.
/// </summary>
public sealed partial class FileKeyScheme(IKeyedHasher hasher)
{
    public string NewKey(AccountId owner, string category)
    {
        if (!CategoryPattern().IsMatch(category))
        {
            throw new ArgumentException("A category is a lower-case word such as 'uploads'.", nameof(category));
        }

        return $"{OwnerGroup(owner)}/{category}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
    }

    public string OwnerGroup(AccountId owner) => hasher.Hash($"file-owner:{owner.Value:N}");

    /// <summary>Owner hash / category / random name: nothing else is a key, so no key can leave the store.</summary>
    public static bool IsKey(string key) => KeyPattern().IsMatch(key);

    [GeneratedRegex("^[a-z][a-z-]{0,31}$")]
    private static partial Regex CategoryPattern();

    [GeneratedRegex("^[0-9a-f]{64}/[a-z][a-z-]{0,31}/[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
