namespace Pixyer.Domain.Consents;

/// <summary>Where a consent choice was made, as the ledger records it.</summary>
public enum ConsentChannel
{
    Registration,
    Settings,
    CookieBanner,
    UnsubscribeLink,
    Api,
}
