using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Common;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Privacy.ListRecipientCategories;

/// <summary>
/// A category of recipients. <see cref="ConsentPurpose"/> names the consent that allows sharing with it, when one
/// standing consent does; <see cref="Recipients"/> are its active named recipients, by name.
/// </summary>
public sealed record RecipientCategoryInfo(
    [property: WireNameOf<RecipientCategory>] string Name,
    [property: MaxLength(RecipientCategories.DescriptionMaxLength)] string Description,
    bool RequiresConsent,
    [property: WireNameOf<ConsentPurpose>] string? ConsentPurpose,
    [property: MaxLength(Recipient.MaxActivePerCategory)] IReadOnlyList<RecipientSummary> Recipients);

/// <summary>
/// A named recipient as the public sees it (S2, X1): where it processes the data, when its security was last assessed,
/// and, when it is outside the storage region, the mechanism that covers the transfer (null inside the region).
/// </summary>
public sealed record RecipientSummary(
    [property: MaxLength(Recipient.NameMaxLength)] string Name,
    [property: MaxLength(CountryCode.Length)] string Country,
    DateOnly SecurityAssessedOn,
    [property: MaxLength(Recipient.TransferMechanismMaxLength)] string? CrossBorderMechanism);

/// <summary>Every category of the policy: a fixed, short list, so it is not paged.</summary>
public sealed record RecipientCategoryList(
    [property: MaxLength(EnumListBounds.RecipientCategories)] IReadOnlyList<RecipientCategoryInfo> Items, int Total);
