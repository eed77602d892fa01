using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Consent;

/// <summary>
/// The wire names of the consent purposes, and what each covers, as documented in the API. A per-item purpose
/// (<see cref="PerItem"/>) is granted for one item at a time where that item is shown, never purpose-wide: it is not
/// among <see cref="PurposeWide"/>, the purposes of <c>GET /me/consents</c>, <c>PUT /me/consents/{purpose}</c> and
/// registration.
/// </summary>
public static class ConsentPurposes
{
    /// <summary>The longest <c>Description</c> of <see cref="All"/> (a unit test keeps each within it).</summary>
    public const int DescriptionMaxLength = 300;

    public static readonly IReadOnlyList<(ConsentPurpose Purpose, string Name, string Description)> All =
        new (ConsentPurpose Purpose, string Description)[]
        {
            (ConsentPurpose.MarketingEmail, "Personalized marketing email; every mail has a one-click unsubscribe link."),
            (ConsentPurpose.AnalyticsCookies, "Analytics cookies, page-view and interaction events, tracking pixels."),
            (ConsentPurpose.AdvertisingCookies,
                "Advertising cookies and personalized advertising: segments from the templates you use, your plan and how much you "
                + "generate, shared with advertising platforms."),
            (ConsentPurpose.ModelImprovement, "Analysis of your uploads and generated assets to improve AI models."),
            (ConsentPurpose.ThirdPartySharing, "Sharing with partners for their business needs."),
            (ConsentPurpose.ContactsImport, "Importing contacts from your device's address book."),
            (ConsentPurpose.PublicDisclosure,
                "Publishing one of your assets (its image, template and format) in Pixyer's public showcase; asked per asset."),
        }.Select(p => (p.Purpose, WireNames.Of(p.Purpose), p.Description)).ToList();

    public static readonly IReadOnlySet<ConsentPurpose> PerItem = new HashSet<ConsentPurpose> { ConsentPurpose.PublicDisclosure };

    public static readonly IReadOnlyList<(ConsentPurpose Purpose, string Name, string Description)> PurposeWide =
        All.Where(p => !PerItem.Contains(p.Purpose)).ToList();

    public static string NameOf(ConsentPurpose purpose) => All.First(p => p.Purpose == purpose).Name;

    public static bool TryParse(string? name, out ConsentPurpose purpose)
    {
        foreach (var entry in All)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                purpose = entry.Purpose;
                return true;
            }
        }

        purpose = default;
        return false;
    }
}
