using System.Security.Cryptography;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Security;

namespace Pixyer.Application.Common.Files;

/// <summary>
/// Gives a new account the key its files will be encrypted with, in the registration's transaction: the file store
/// only reads keys, so it never writes to the database beside a command's transaction (on SQLite, a second writer
/// would wait for the first to finish, which waits for the file).
/// </summary>
public sealed class FileKeyIssuer(IAppDbContext db, IKeySealer sealer, TimeProvider clock)
{
    public const int KeySize = 32;

    public void IssueFor(AccountId account) =>
        db.FileKeys.Add(FileKey.Issue(account, sealer.Seal(RandomNumberGenerator.GetBytes(KeySize)), clock.GetUtcNow()));
}
