using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Recipients;

/// <summary>
/// A managed recipient as staff see it (S2, X1). <see cref="CrossBorder"/> says whether it is outside the storage region,
/// so that a disclosure to it is a cross-border transfer under <see cref="TransferMechanism"/>.
/// </summary>
public sealed record RecipientDto(
    Guid Id,
    [property: MaxLength(Recipient.KeyMaxLength)] string Key,
    [property: MaxLength(Recipient.NameMaxLength)] string Name,
    [property: WireNameOf<RecipientCategory>] string Category,
    [property: MaxLength(CountryCode.Length)] string Country,
    DateOnly SecurityAssessedOn,
    [property: MaxLength(Recipient.TransferMechanismMaxLength)] string? TransferMechanism,

    bool CrossBorder,
    bool Active,
    DateTimeOffset CreatedAt)
{
    public static RecipientDto Of(Recipient recipient, PrivacyControllerOptions controller) => new(
        recipient.Id.Value,
        recipient.Key,
        recipient.Name,
        WireNames.Of(recipient.Category),
        recipient.Country,
        recipient.SecurityAssessedOn,
        recipient.TransferMechanism,
        controller.IsCrossBorder(recipient.Country),
        recipient.Active,
        recipient.CreatedAt);
}
