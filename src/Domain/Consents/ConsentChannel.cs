namespace Pixyer.Domain.Consents;

/// <summary>Where a consent choice was made, as the ledger records it.</summary>
public enum ConsentChannel
{
    Registration,
    Settings,
    CookieBanner,
    UnsubscribeLink,
    Api,

    /// <summary>Withdrawn because the account holder asked for the account's deletion (G2).</summary>
    AccountDeletion,

    /// <summary>Suspended because a business transfer's new holder processes this purpose differently (T1).</summary>
    BusinessTransfer,
}
