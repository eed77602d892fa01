using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Domain.Disclosures;

/// <summary>
/// One time a person's data left Pixyer (obligations S1, S3, X1): to whom, why, which data, on which legal basis,
/// when, and for a transfer outside the storage region, under which mechanism. Append-only.
/// </summary>
public sealed class Disclosure
{
    /// <summary>A reference is built by Pixyer from ids (<c>ad-audience:{segment}</c>, a job's id): a longer one is a defect.</summary>
    public const int ReferenceMaxLength = 100;

    private Disclosure()
    {
    }

    public DisclosureId Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    public RecipientId RecipientId { get; private set; }

    public ProcessingPurpose Purpose { get; private set; }

    public LegalBasis LegalBasis { get; private set; }

    /// <summary>The disclosed data categories, each once.</summary>
    public IReadOnlyList<DataCategory> DataCategories { get; private set; } = [];

    /// <summary>What the disclosure was for, e.g. the generation job's id: ids only, never values.</summary>
    public string? Reference { get; private set; }

    /// <summary>Set when the recipient is outside the storage region: the mechanism that covered this transfer (X1).</summary>
    public string? CrossBorderMechanism { get; private set; }

    public DateTimeOffset DisclosedAt { get; private set; }

    /// <summary>
    /// A disclosure to an authority the subject is not told of, by a recorded legal decision (E1, e.g. a confidentiality
    /// order): staff see it, the subject's own listing and export do not.
    /// </summary>
    public bool WithheldFromSubject { get; private set; }

    public static Disclosure Record(
        AccountId subjectId, RecipientId recipientId, ProcessingPurpose purpose, LegalBasis legalBasis, IEnumerable<DataCategory> dataCategories,
        string? reference, string? crossBorderMechanism, DateTimeOffset now, bool withheldFromSubject = false)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reference?.Length ?? 0, ReferenceMaxLength, nameof(reference));
        return new Disclosure
        {
            Id = DisclosureId.New(),
            SubjectId = subjectId,
            RecipientId = recipientId,
            Purpose = purpose,
            LegalBasis = legalBasis,
            DataCategories = dataCategories.Distinct().ToList(),
            Reference = reference,
            CrossBorderMechanism = crossBorderMechanism,
            DisclosedAt = now,
            WithheldFromSubject = withheldFromSubject,
        };
    }
}
