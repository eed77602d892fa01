using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Disclosures;

/// <summary>
/// One disclosure as its subject reads it (S3): who received which data, why, on which legal basis and when, and for a
/// transfer outside the storage region, the mechanism that covered it (X1). Enumerations are spelled in snake_case.
/// <see cref="WithheldFromSubject"/> is only ever true in staff listings (E1): the subject's own never holds such a row.
/// </summary>
public sealed record DisclosureDto(
    Guid Id,
    [property: MaxLength(Domain.Disclosures.Recipient.NameMaxLength)] string Recipient,
    [property: WireNameOf<RecipientCategory>] string Category,
    [property: MaxLength(CountryCode.Length)] string Country,
    [property: WireNameOf<ProcessingPurpose>] string Purpose,
    [property: WireNameOf<Domain.Processing.LegalBasis>] string LegalBasis,
    [property: WireNameOf<DataCategory>, MaxLength(EnumListBounds.DataCategories)] IReadOnlyList<string> DataCategories,
    [property: MaxLength(Disclosure.ReferenceMaxLength)] string? Reference,
    [property: MaxLength(Domain.Disclosures.Recipient.TransferMechanismMaxLength)] string? CrossBorderMechanism,

    DateTimeOffset DisclosedAt,
    bool WithheldFromSubject);

/// <summary>
/// A disclosure joined with its recipient, as the store returns it. Members, not a constructor, so that queries can
/// still order and filter by them.
/// </summary>
public sealed record DisclosureRow
{
    public DisclosureId Id { get; init; }

    public string Recipient { get; init; } = "";

    public RecipientCategory Category { get; init; }

    public string Country { get; init; } = "";

    public ProcessingPurpose Purpose { get; init; }

    public LegalBasis LegalBasis { get; init; }

    public IReadOnlyList<DataCategory> DataCategories { get; init; } = [];

    public string? Reference { get; init; }

    public string? CrossBorderMechanism { get; init; }

    public DateTimeOffset DisclosedAt { get; init; }

    public bool WithheldFromSubject { get; init; }

    public static DisclosureRow Of(Disclosure disclosure, Recipient recipient) => new()
    {
        Id = disclosure.Id,
        Recipient = recipient.Name,
        Category = recipient.Category,
        Country = recipient.Country,
        Purpose = disclosure.Purpose,
        LegalBasis = disclosure.LegalBasis,
        DataCategories = disclosure.DataCategories,
        Reference = disclosure.Reference,
        CrossBorderMechanism = disclosure.CrossBorderMechanism,
        DisclosedAt = disclosure.DisclosedAt,
        WithheldFromSubject = disclosure.WithheldFromSubject,
    };

    public DisclosureDto ToDto() => new(
        Id.Value,
        Recipient,
        WireNames.Of(Category),
        Country,
        WireNames.Of(Purpose),
        WireNames.Of(LegalBasis),
        DataCategories.Select(WireNames.Of).ToList(),
        Reference,
        CrossBorderMechanism,
        DisclosedAt,
        WithheldFromSubject);
}

public static class DisclosureRows
{
    /// <summary><paramref name="disclosures"/> with their recipients' names, retired recipients included.</summary>
    public static IQueryable<DisclosureRow> WithRecipients(this IQueryable<Disclosure> disclosures, IQueryable<Recipient> recipients) =>
        disclosures.Join(
            recipients,
            d => d.RecipientId,
            r => r.Id,
            (d, r) => new DisclosureRow
            {
                Id = d.Id,
                Recipient = r.Name,
                Category = r.Category,
                Country = r.Country,
                Purpose = d.Purpose,
                LegalBasis = d.LegalBasis,
                DataCategories = d.DataCategories,
                Reference = d.Reference,
                CrossBorderMechanism = d.CrossBorderMechanism,
                DisclosedAt = d.DisclosedAt,
                WithheldFromSubject = d.WithheldFromSubject,
            });
}
