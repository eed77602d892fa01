using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Contacts;

namespace Pixyer.Application.Features.Contacts;

/// <summary>The contacts a person imported from an address book (C11): exported, and erased with the account.</summary>
public sealed class ContactsPersonalData(IAppDbContext db) : SubjectRowsSource<ImportedContact>
{
    public override string Category => "contacts";

    public override IReadOnlyList<string> Obligations => ["C11"];

    protected override IQueryable<ImportedContact> RowsOf(IReadOnlyCollection<AccountId> subjects) => db.ImportedContacts.Where(c => subjects.Contains(c.OwnerId));

    protected override IQueryable<object> Exported(IQueryable<ImportedContact> rows) =>
        rows.OrderBy(c => c.ImportedAt).ThenBy(c => c.Id).Select(c => new { c.Id, c.Name, c.Email, c.Phone, c.ImportedAt });
}
