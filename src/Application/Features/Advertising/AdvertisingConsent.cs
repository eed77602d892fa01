using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Advertising;

/// <summary>Who may be profiled and reached for personalized advertising (U3): whose consent stands at this moment.</summary>
public static class AdvertisingConsent
{
    public const ConsentPurpose Purpose = ConsentPurpose.AdvertisingCookies;

    /// <summary>
    /// Active accounts whose latest advertising_cookies event is a grant, as a subquery to compose into set-based SQL;
    /// never cached, so it reads the ledger as it stands when the statement runs.
    /// </summary>
    public static IQueryable<AccountId> ConsentingAccounts(IAppDbContext db, ConsentLedger ledger)
    {
        var granted = ledger.AccountsGranting(Purpose);
        return db.Accounts.Where(a => a.Status == AccountStatus.Active && granted.Contains(a.Id)).Select(a => a.Id);
    }
}
