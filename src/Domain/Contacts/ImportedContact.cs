using System.Text;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Contacts;

/// <summary>
/// A person from an address book someone imported (C11): a third party's name, e-mail address and phone number, kept
/// only while the importer's <c>contacts_import</c> consent stands, never used for marketing. Every other field of the
/// file is dropped before this is made.
/// </summary>
public sealed class ImportedContact
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 64;
    public const int IdentityKeyMaxLength = 8 + EmailMaxLength;

    private ImportedContact()
    {
    }

    public ImportedContactId Id { get; private set; }

    public AccountId OwnerId { get; private set; }

    [PersonalData]
    public string? Name { get; private set; }

    [PersonalData]
    public string? Email { get; private set; }

    [PersonalData]
    public string? Phone { get; private set; }

    /// <summary>
    /// Who the contact is, for telling a re-imported contact from a new one: the e-mail address in lower case, else the
    /// phone number's digits (with a leading +), else the name in lower case with its spaces collapsed. Unique per owner.
    /// </summary>
    [PersonalData]
    public string IdentityKey { get; private set; } = "";

    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>Whether a card with these values holds anything to keep (a card with none is skipped).</summary>
    public static bool HasAnything(string? name, string? email, string? phone) =>
        Clean(name) is not null || Clean(email) is not null || Clean(phone) is not null;

    /// <summary>The first of name, email and phone that is longer than its limit once cleaned, or null.</summary>
    public static string? FirstTooLong(string? name, string? email, string? phone) =>
        Clean(name)?.Length > NameMaxLength ? "name"
        : Clean(email)?.Length > EmailMaxLength ? "email"
        : Clean(phone)?.Length > PhoneMaxLength ? "phone"
        : null;

    public static ImportedContact Import(AccountId owner, string? name, string? email, string? phone, DateTimeOffset now)
    {
        if (!HasAnything(name, email, phone))
        {
            throw new ArgumentException("A contact has a name, an e-mail address or a phone number.", nameof(name));
        }

        var contact = new ImportedContact
        {
            Id = ImportedContactId.New(),
            OwnerId = owner,
            Name = Within(Clean(name), NameMaxLength, nameof(name)),
            Email = Within(Clean(email), EmailMaxLength, nameof(email)),
            Phone = Within(Clean(phone), PhoneMaxLength, nameof(phone)),
            ImportedAt = now,
        };
        contact.IdentityKey = IdentityKeyOf(contact.Name, contact.Email, contact.Phone);
        return contact;
    }

    private static string IdentityKeyOf(string? name, string? email, string? phone)
    {
        if (email is not null)
        {
            return "email:" + email.ToLowerInvariant();
        }

        var digits = phone is null ? "" : new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0)
        {
            return "phone:" + (phone!.StartsWith('+') ? "+" : "") + digits;
        }

        var words = (name ?? phone!).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return "name:" + string.Join(' ', words);
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Line breaks and tabs of an address book's value become spaces: a name or number is one line.
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            text.Append(char.IsControl(c) ? ' ' : c);
        }

        return text.ToString();
    }

    private static string? Within(string? value, int maxLength, string field) =>
        value is { Length: var length } && length > maxLength
            ? throw new ArgumentOutOfRangeException(field, length, $"At most {maxLength} characters.")
            : value;
}
