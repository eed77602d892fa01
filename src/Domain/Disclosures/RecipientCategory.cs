namespace Pixyer.Domain.Disclosures;

/// <summary>
/// The categories of recipients section 3.1 of the privacy policy names (obligation S2), and the authorities section
/// 3.4 discloses to under a legal obligation (E1).
/// </summary>
public enum RecipientCategory
{
    PartnersAndServiceProviders,
    BusinessNeeds,
    CloudStorage,
    LargeModelProviders,
    CloudRendering,
    MarketingAndEmailPlatforms,
    PaymentProviders,
    OthersWithConsent,

    /// <summary>E1: law enforcement, judicial or administrative authorities, against valid legal documents only.</summary>
    Authorities,

    /// <summary>D1: the public, through Pixyer's showcase; only the item the person authorized, each time.</summary>
    Public,

    /// <summary>The new holder of personal information after a merger, acquisition or bankruptcy (T1).</summary>
    NewHolders,
}
