using Pixyer.Application.Common;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Recipients;

/// <summary>
/// A managed recipient as staff see it (S2, X1). <see cref="CrossBorder"/> says whether it is outside the storage region,
/// so that a disclosure to it is a cross-border transfer under <see cref="TransferMechanism"/>.
/// </summary>
public sealed record RecipientDto(
    Guid Id,
    string Key,
    string Name,
    string Category,
    string Country,
    DateOnly SecurityAssessedOn,
    string? TransferMechanism,
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
