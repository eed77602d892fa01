using Pixyer.Domain.Common;
using Pixyer.Domain.Disclosures;

namespace Pixyer.Application.Features.Privacy;

/// <summary>
/// The <c>Pixyer:Controller</c> section: who is responsible for the personal data, and under which law (obligations
/// L1, X1). The defaults are the operator section 11 of the privacy policy names, its law (section 9) and its
/// storage (section 8).
/// </summary>
public sealed class PrivacyControllerOptions
{
    public const string Section = "Pixyer:Controller";

    /// <summary>The longest name, law or court (the operator's, the governing law, the jurisdiction).</summary>
    public const int NameMaxLength = 200;

    public const int AddressMaxLength = 500;

    /// <summary>RFC 5321's longest address.</summary>
    public const int EmailMaxLength = 254;

    public const int PhoneMaxLength = 50;

    public const int StorageRegionMaxLength = 100;

    public string OperatorName { get; set; } = "TROLLEE Technology (Guangzhou) Co., Ltd.";

    public string Address { get; set; } = "Room 801, No. 87 Dingxin Road, Haizhu District, Guangzhou (Office Only)";

    public string Email { get; set; } = "support@pixyer.com";

    public string Phone { get; set; } = "+86 (0)20 31953664";

    public string GoverningLaw { get; set; } = "The laws of the People's Republic of China";

    public string Jurisdiction { get; set; } = "The People's Court in the location of TROLLEE Technology (Guangzhou) Co., Ltd.";

    public string StorageRegion { get; set; } = "China";

    /// <summary>The storage region's ISO 3166-1 alpha-2 code: a recipient elsewhere receives a cross-border transfer (X1).</summary>
    public string StorageCountryCode { get; set; } = "CN";

    /// <summary>Whether data sent to a recipient in <paramref name="country"/> leaves the storage region (X1).</summary>
    public bool IsCrossBorder(string country) => !string.Equals(country, StorageCountryCode, StringComparison.OrdinalIgnoreCase);

    public string CrossBorderTransferMechanism { get; set; } = "Standard contractual clauses and confidentiality agreements";

    /// <summary>The settings longer than the API promises (<see cref="GetControllerFacts.ControllerFacts"/>), or a country code that is not two letters.</summary>
    public IReadOnlyList<string> OverlongSettings() =>
        new (string Name, string Value, int MaxLength)[]
            {
                (nameof(OperatorName), OperatorName, NameMaxLength),
                (nameof(Address), Address, AddressMaxLength),
                (nameof(Email), Email, EmailMaxLength),
                (nameof(Phone), Phone, PhoneMaxLength),
                (nameof(GoverningLaw), GoverningLaw, NameMaxLength),
                (nameof(Jurisdiction), Jurisdiction, NameMaxLength),
                (nameof(StorageRegion), StorageRegion, StorageRegionMaxLength),
                (nameof(StorageCountryCode), StorageCountryCode, CountryCode.Length),
                (nameof(CrossBorderTransferMechanism), CrossBorderTransferMechanism, Recipient.TransferMechanismMaxLength),
            }
            .Where(s => s.Value?.Length > s.MaxLength)
            .Select(s => s.Name)
            .ToList();

    /// <summary>The settings left blank: the controller must be identifiable and reachable (L1).</summary>
    public IReadOnlyList<string> BlankSettings() =>
        typeof(PrivacyControllerOptions).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)p.GetValue(this)))
            .Select(p => p.Name)
            .ToList();
}
