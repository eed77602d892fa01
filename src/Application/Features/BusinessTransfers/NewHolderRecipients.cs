using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Recipients;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.BusinessTransfers;

/// <summary>Registers a business transfer's new holder as a recipient (S2, T1), keyed by a slug of its name.</summary>
internal static partial class NewHolderRecipients
{
    private const int KeyMaxLength = 64;

    /// <summary>
    /// The recipient the new holder is: registered now, or the one registered by an earlier transfer to it, brought up
    /// to date. A key taken by a recipient of another category, or a retired one, is a conflict staff must resolve.
    /// </summary>
    public static async Task<Recipient> RegisterAsync(this IAppDbContext db, NewHolder holder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = KeyOf(holder.Name);
        var name = holder.Name.Trim();
        var country = RecipientDetails.CountryOf(holder);
        var mechanism = RecipientDetails.MechanismOf(holder);
        var existing = await db.Recipients.SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (existing is null)
        {
            var recipient = Recipient.Register(key, name, RecipientCategory.NewHolders, country, holder.SecurityAssessedOn!.Value, mechanism, now);
            db.Recipients.Add(recipient);
            return recipient;
        }

        if (existing.Category != RecipientCategory.NewHolders || !existing.Active)
        {
            throw new ConflictException(
                $"The recipient key '{key}' the new holder's name gives is taken by a retired recipient or one of another category.");
        }

        existing.Revise(name, RecipientCategory.NewHolders, country, holder.SecurityAssessedOn!.Value, mechanism);
        return existing;
    }

    /// <summary>
    /// <c>Acme Holdings Ltd.</c> → <c>acme-holdings-ltd</c>; a name without Latin letters or digits (e.g. in Chinese) is
    /// keyed by a hash of it, so the same name always gives the same key.
    /// </summary>
    public static string KeyOf(string name)
    {
        var slug = NonAlphanumeric().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        if (slug.Length == 0)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim())));
            return $"new-holder-{hash[..12]}";
        }

        return slug.Length <= KeyMaxLength ? slug : slug[..KeyMaxLength].TrimEnd('-');
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
