using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Common.Files;

/// <summary>Crypto-shredding: once the owners' file keys are gone, no copy of their files can be decrypted.</summary>
public static class FileKeyDestruction
{
    /// <summary>Deletes the owners' file keys inside the open transaction, before their files go after its commit.</summary>
    public static Task<int> DestroyFileKeysAsync(this IAppDbContext db, IReadOnlyCollection<AccountId> owners, CancellationToken cancellationToken) =>
        db.FileKeys.Where(k => owners.Contains(k.SubjectId)).ExecuteDeleteAsync(cancellationToken);
}
