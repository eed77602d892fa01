using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Showcases;

/// <summary>
/// When an account's deletion is opened (G2, D1): its showcases are unpublished at once, and its authorizations to
/// publish are withdrawn, so nothing of it is published again while the erasure is pending.
/// </summary>
public sealed class ShowcaseAccountClosure(IAppDbContext db, ConsentLedger ledger) : IAccountClosureStep
{
    public async Task CloseAsync(AccountId account, CancellationToken cancellationToken)
    {
        await db.Showcases.Where(s => s.OwnerId == account).ExecuteDeleteAsync(cancellationToken);
        foreach (var scope in await ledger.GrantedItemsAsync(account, ConsentPurpose.PublicDisclosure, cancellationToken))
        {
            await ledger.RecordForItemAsync(account, ConsentPurpose.PublicDisclosure, scope, false, ConsentChannel.AccountDeletion, cancellationToken);
        }
    }
}
