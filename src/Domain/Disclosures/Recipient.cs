namespace Pixyer.Domain.Disclosures;

/// <summary>
/// A named party personal data may be disclosed to (obligation S2): its category from the policy's list, where it
/// is, when its security was last assessed, and, when it is outside the storage region, the mechanism that covers
/// the transfer (obligation X1). Recipients are managed data, not code.
/// </summary>
public sealed class Recipient
{
    public const int KeyMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int TransferMechanismMaxLength = 500;

    /// <summary>Active recipients one category may name (<c>recipient-category-full</c> beyond).</summary>
    public const int MaxActivePerCategory = 50;

    private Recipient()

    {
    }

    public RecipientId Id { get; private set; }

    /// <summary>A stable slug adapters name their recipient by in configuration, e.g. <c>acme-image-models</c>.</summary>
    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public RecipientCategory Category { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 country code where the recipient processes the data.</summary>
    public string Country { get; private set; } = "";

    public DateOnly SecurityAssessedOn { get; private set; }

    /// <summary>The cross-border transfer mechanism (e.g. standard contractual clauses); required outside the storage region.</summary>
    public string? TransferMechanism { get; private set; }

    /// <summary>A retired recipient stays for the disclosures that name it, but receives nothing more.</summary>
    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Recipient Register(
        string key, string name, RecipientCategory category, string country, DateOnly securityAssessedOn, string? transferMechanism,
        DateTimeOffset now) =>
        new()
        {
            Id = RecipientId.New(),
            Key = key,
            Name = name,
            Category = category,
            Country = country,
            SecurityAssessedOn = securityAssessedOn,
            TransferMechanism = transferMechanism,
            Active = true,
            CreatedAt = now,
        };

    public void Revise(string name, RecipientCategory category, string country, DateOnly securityAssessedOn, string? transferMechanism)
    {
        Name = name;
        Category = category;
        Country = country;
        SecurityAssessedOn = securityAssessedOn;
        TransferMechanism = transferMechanism;
    }

    public void Retire() => Active = false;
}
