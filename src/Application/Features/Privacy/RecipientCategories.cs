using Pixyer.Domain.Consents;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Privacy;

/// <summary>
/// What each recipient category is, whether sharing with it needs the person's consent, and which categories may
/// receive each category of personal data. The processing register derives a request's recipients from here.
/// </summary>
public static class RecipientCategories
{
    /// <summary>The longest <c>Description</c> of <see cref="All"/> (a unit test keeps each within it).</summary>
    public const int DescriptionMaxLength = 500;

    public static readonly IReadOnlyList<(RecipientCategory Category, string Description, bool RequiresConsent, ConsentPurpose? ConsentPurpose)> All =
    [
        (RecipientCategory.PartnersAndServiceProviders,
            "Affiliates, partners and service providers that provide and support the website's services and access.", false, null),
        (RecipientCategory.BusinessNeeds,
            "Other businesses or organizations, to support related business needs; only with your authorization and choice.",
            true, ConsentPurpose.ThirdPartySharing),
        (RecipientCategory.CloudStorage,
            "Cloud computing or other hosting service providers, for cloud storage.", false, null),
        (RecipientCategory.LargeModelProviders,
            "Large model service providers, for image processing and AI model-related collaborations.", false, null),
        (RecipientCategory.CloudRendering,
            "Cloud rendering service providers, for image rendering and processing.", false, null),
        (RecipientCategory.MarketingAndEmailPlatforms,
            "Third-party email service platforms that deliver mail to your inbox (account messages, and marketing only with your consent), "
            + "and advertising platforms that receive your advertising segments with a hash of your e-mail address, only with your "
            + "personalized-advertising consent; used solely for the specified activities.", false, null),
        (RecipientCategory.PaymentProviders,
            "Payment service providers, for processing payment transactions.", false, null),
        (RecipientCategory.OthersWithConsent,
            "Any other party, only with your consent for that sharing.", true, null),
        (RecipientCategory.Authorities,
            "Law enforcement, judicial or administrative authorities, only where the law requires it and only against valid legal "
            + "documents for their request; they may receive any category of personal data the request covers, under a legal "
            + "obligation only.", false, null),
        (RecipientCategory.Public,
            "The public, through Pixyer's showcase: only an item you authorized us to publish, after we told you what and where.",
            true, ConsentPurpose.PublicDisclosure),
        (RecipientCategory.NewHolders,
            "The new holder of your personal information after a merger, acquisition or bankruptcy, bound by this privacy policy; "
            + "since the business moves to it, it may receive any category of personal data.", false, null),
    ];

    /// <summary>The policy's entry for one recipient category.</summary>
    public static (RecipientCategory Category, string Description, bool RequiresConsent, ConsentPurpose? ConsentPurpose) Of(
        RecipientCategory category) =>
        All.Single(c => c.Category == category);

    /// <summary>
    /// Whether the register declares that <paramref name="recipient"/> may receive data of <paramref name="data"/>: a
    /// category the data's own recipients include, or any personal data for a category the person consents to
    /// (business needs, others with consent), or any personal data for authorities, which the register accepts under a
    /// legal obligation only (E1), and for a business transfer's new holder, to which the business moves (T1). A
    /// disclosure outside these declarations is refused (S1).
    /// </summary>
    public static bool MayReceive(RecipientCategory recipient, DataCategory data) =>
        data != DataCategory.None
        && (Of(recipient).RequiresConsent || recipient is RecipientCategory.Authorities or RecipientCategory.NewHolders || For(data).Contains(recipient));

    /// <summary>The recipient categories that may receive data of <paramref name="category"/>.</summary>
    public static IReadOnlyList<RecipientCategory> For(DataCategory category) => category switch
    {
        DataCategory.None => [],
        DataCategory.Contact or DataCategory.Inquiries or DataCategory.AdvertisingProfile =>
            [RecipientCategory.CloudStorage, RecipientCategory.MarketingAndEmailPlatforms],
        DataCategory.Uploads or DataCategory.GeneratedAssets =>
            [RecipientCategory.CloudStorage, RecipientCategory.LargeModelProviders, RecipientCategory.CloudRendering],
        DataCategory.Payment or DataCategory.Transactions =>
            [RecipientCategory.CloudStorage, RecipientCategory.PaymentProviders],
        DataCategory.DeviceAndAccess or DataCategory.Cookies =>
            [RecipientCategory.CloudStorage, RecipientCategory.PartnersAndServiceProviders],
        DataCategory.Identity or DataCategory.Credentials or DataCategory.DateOfBirth or DataCategory.Feedback
            or DataCategory.Surveys or DataCategory.Contacts or DataCategory.Consents or DataCategory.AuditTrail
            or DataCategory.Disclosures =>
            [RecipientCategory.CloudStorage],
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "No recipients are declared for this data category."),
    };

    /// <summary>
    /// The recipients of a processing activity: those of its data categories, business-needs partners when the
    /// activity is sharing the person agreed to (<see cref="ConsentPurpose.ThirdPartySharing"/>), and the public when
    /// it is publishing what the person authorized (<see cref="ConsentPurpose.PublicDisclosure"/>).
    /// </summary>
    public static IReadOnlyList<RecipientCategory> For(IEnumerable<DataCategory> categories, ConsentPurpose? consent)
    {
        var recipients = categories.SelectMany(For);
        if (consent == ConsentPurpose.ThirdPartySharing)
        {
            recipients = recipients.Append(RecipientCategory.BusinessNeeds);
        }

        if (consent == ConsentPurpose.PublicDisclosure)
        {
            recipients = recipients.Append(RecipientCategory.Public);
        }

        return recipients.Distinct().Order().ToList();
    }
}
