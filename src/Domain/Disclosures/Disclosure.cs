using Pixyer.Domain.Accounts;

namespace Pixyer.Domain.Disclosures;

/// <summary>
/// One time a person's data left Pixyer (obligations S1, S3, X1): to whom, why, which data, on which legal basis,
/// when, and for a transfer outside the storage region, under which mechanism. Append-only.
/// </summary>
public sealed class Disclosure
{
    private Disclosure()
    {
    }

    public Guid Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    public Guid RecipientId { get; private set; }

    /// <summary>The processing purpose's wire name, e.g. <c>service_provision</c>.</summary>
    public string Purpose { get; private set; } = "";

    /// <summary>The legal basis's wire name, e.g. <c>contract</c>.</summary>
    public string LegalBasis { get; private set; } = "";

    /// <summary>The disclosed data categories' wire names, comma-separated.</summary>
    public string DataCategories { get; private set; } = "";

    /// <summary>What the disclosure was for, e.g. the generation job's id: ids only, never values.</summary>
    public string? Reference { get; private set; }

    /// <summary>Set when the recipient is outside the storage region: the mechanism that covered this transfer (X1).</summary>
    public string? CrossBorderMechanism { get; private set; }

    public DateTimeOffset DisclosedAt { get; private set; }

    public static Disclosure Record(
        AccountId subjectId, Guid recipientId, string purpose, string legalBasis, string dataCategories, string? reference,
        string? crossBorderMechanism, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            SubjectId = subjectId,
            RecipientId = recipientId,
            Purpose = purpose,
            LegalBasis = legalBasis,
            DataCategories = dataCategories,
            Reference = reference,
            CrossBorderMechanism = crossBorderMechanism,
            DisclosedAt = now,
        };
}
