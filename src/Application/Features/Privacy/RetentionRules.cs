using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Privacy;

/// <summary>
/// How long each category of personal data is kept (section 4.2 of the privacy policy; obligations R1, R2, G2, G5).
/// The texts avoid semicolons: the register's CSV joins several rules with "; ".
/// </summary>
public static class RetentionRules
{
    /// <summary>The longest rule (a unit test keeps each within it).</summary>
    public const int TextMaxLength = 300;

    public const string NoPersonalData = "none: no personal data";

    private const string AccountData =
        "account lifetime, then 24 months after deactivation or 180 days of inactivity, then anonymized (R1, R2)";

    public static string For(DataCategory category) => category switch
    {
        DataCategory.None => NoPersonalData,
        DataCategory.Identity or DataCategory.Contact or DataCategory.Credentials or DataCategory.DateOfBirth => AccountData,
        DataCategory.Uploads or DataCategory.GeneratedAssets or DataCategory.Surveys or DataCategory.Contacts =>
            "until the person deletes them (G5), at the latest with the account data (R1, R2)",
        DataCategory.Payment => "gateway token, brand, last 4 digits and expiry until the method is removed, at the latest with the account data (R1, R2)",
        DataCategory.Transactions => "kept for the legal accounting period (10 years unless configured), without the billing address once the person is erased, then deleted (C8, G2)",
        DataCategory.Feedback or DataCategory.Disclosures => "with the account data (R1, R2)",
        DataCategory.Inquiries =>
            "signed in: with the account data (R1, R2), anonymous: 7 days if the address is never verified, else 24 months after the last message, a complaint's record kept under a pseudonym for the legal period (Q1)",
        DataCategory.DeviceAndAccess => "sessions 30 days after they end, access-log IPs truncated after 30 days",
        DataCategory.Cookies => "the visitor's cookie choices until changed, merged into the account at login (K2, K4)",
        DataCategory.Consents => "for the life of the account and the legal period, as proof of consent",
        DataCategory.AuditTrail => "kept for the legal period, pseudonymous (G2)",
        DataCategory.AdvertisingProfile =>
            "while the advertising consent stands, deleted in the request that withdraws it (U3, G4), at the latest with the account data",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "No retention rule is declared for this data category."),
    };

    /// <summary>The distinct rules of an activity's data categories, in category order.</summary>
    public static IReadOnlyList<string> For(IEnumerable<DataCategory> categories) =>
        categories.Order().Select(For).Distinct().ToList();
}
