namespace Pixyer.Domain.Processing;

/// <summary>The categories of personal data section 1 of the privacy policy names.</summary>
public enum DataCategory
{
    /// <summary>No personal data (operational requests).</summary>
    None,
    Identity,
    Contact,
    Credentials,
    DateOfBirth,
    Uploads,
    GeneratedAssets,
    Payment,
    Transactions,
    Feedback,
    Surveys,
    Inquiries,
    DeviceAndAccess,
    Cookies,
    Contacts,
    Consents,
    AuditTrail,

    /// <summary>The register of who received a person's data (obligations S1, S3).</summary>
    Disclosures,

    /// <summary>U3: the personalized-advertising segments derived from a person's activity, only while they consent.</summary>
    AdvertisingProfile,
}
