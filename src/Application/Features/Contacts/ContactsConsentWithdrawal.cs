using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Contacts;

/// <summary>Obligations C11, G4: withdrawing <c>contacts_import</c> deletes the imported contacts in the withdrawing request.</summary>
public sealed class ContactsConsentWithdrawal(IAppDbContext db) : IConsentWithdrawalEffect
{
    public ConsentPurpose Purpose => ConsentPurpose.ContactsImport;

    public Task ApplyAsync(AccountId account, DateTimeOffset withdrawnAt, CancellationToken cancellationToken) =>
        ImportedContacts.DeleteAllAsync(db, account, cancellationToken);
}
