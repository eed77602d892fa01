using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Contacts;

public static class ImportedContacts
{
    /// <summary>Deletes every contact <paramref name="owner"/> imported, in the open transaction; answers how many.</summary>
    public static Task<int> DeleteAllAsync(IAppDbContext db, AccountId owner, CancellationToken cancellationToken) =>
        db.ImportedContacts.Where(c => c.OwnerId == owner).ExecuteDeleteAsync(cancellationToken);
}
