using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Advertising;

/// <summary>
/// U3, G4: withdrawing the advertising consent, in the settings or on the cookie banner while signed in, deletes the
/// person's ad profile in the withdrawing transaction, so no profile outlives the consent that allowed it.
/// </summary>
public sealed class AdProfileWithdrawal(IAppDbContext db) : IConsentWithdrawalEffect
{
    public ConsentPurpose Purpose => AdvertisingConsent.Purpose;

    public Task ApplyAsync(AccountId account, DateTimeOffset withdrawnAt, CancellationToken cancellationToken) =>
        db.AdProfiles.Where(p => p.OwnerId == account).ExecuteDeleteAsync(cancellationToken);
}
