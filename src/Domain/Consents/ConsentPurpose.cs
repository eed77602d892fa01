namespace Pixyer.Domain.Consents;

/// <summary>
/// The processing that needs a person's own choice (obligations U3, U9, C10, C11, K2, S2). A closed set: essential
/// processing needs none. The API spells them in snake_case.
/// </summary>
public enum ConsentPurpose
{
    /// <summary>U9: personalized marketing email.</summary>
    MarketingEmail,

    /// <summary>C10, K2: analytics cookies and events (page views, interactions, tracking pixels).</summary>
    AnalyticsCookies,

    /// <summary>U3, K2: advertising cookies and personalized advertising.</summary>
    AdvertisingCookies,

    /// <summary>U3: analysis of uploads and generated assets to improve AI models.</summary>
    ModelImprovement,

    /// <summary>S2: sharing with partners for their business needs.</summary>
    ThirdPartySharing,

    /// <summary>C11: importing contacts from a device's address book.</summary>
    ContactsImport,

    /// <summary>
    /// D1: publishing an item of the person's (e.g. an asset in the public showcase). Granted per item only: its
    /// events carry a scope, and a grant for one item is no grant for another.
    /// </summary>
    PublicDisclosure,
}
