using System.ComponentModel.DataAnnotations;
using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Privacy.GetControllerFacts;

/// <summary>
/// The controller (L1) and where the data is stored (X1): a recipient outside <see cref="StorageCountryCode"/> receives a
/// cross-border transfer.
/// </summary>
public sealed record ControllerFacts(
    [property: MaxLength(PrivacyControllerOptions.NameMaxLength)] string OperatorName,
    [property: MaxLength(PrivacyControllerOptions.AddressMaxLength)] string Address,
    [property: MaxLength(PrivacyControllerOptions.EmailMaxLength)] string Email,
    [property: MaxLength(PrivacyControllerOptions.PhoneMaxLength)] string Phone,
    [property: MaxLength(PrivacyControllerOptions.NameMaxLength)] string GoverningLaw,
    [property: MaxLength(PrivacyControllerOptions.NameMaxLength)] string Jurisdiction,
    [property: MaxLength(PrivacyControllerOptions.StorageRegionMaxLength)] string StorageRegion,
    [property: MaxLength(CountryCode.Length)] string StorageCountryCode,
    [property: MaxLength(Recipient.TransferMechanismMaxLength)] string CrossBorderTransferMechanism);
