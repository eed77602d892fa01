namespace Pixyer.Domain.Disclosures;

/// <summary>The categories of recipients section 3.1 of the privacy policy names (obligation S2).</summary>
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

    /// <summary>The new holder of personal information after a merger, acquisition or bankruptcy (T1).</summary>
    NewHolders,
}
