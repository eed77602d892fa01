using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Security;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Files;

/// <summary>
/// Reads a person's file key and unseals it, on a connection of its own: the file store is called while a command's
/// transaction is open, and a read beside it never waits. Nothing is cached, so that a key an erasure destroyed is gone
/// for this process too. An owner without a key (a file stored outside any command) gets one here, in its own short
/// transaction; an account's key is normally issued with the account (<see cref="FileKeyIssuer"/>), because on SQLite
/// this write would wait for the write lock of the command that is storing the file.
/// </summary>
public sealed class FileKeyring(IServiceScopeFactory scopes, IKeySealer sealer, IConstraintViolations violations)
{
    public async Task<(Guid Id, byte[] Key)> OfOwnerAsync(AccountId owner, CancellationToken cancellationToken) =>
        await FindAsync(k => k.SubjectId == owner, cancellationToken) ?? await IssueAsync(owner, cancellationToken);

    /// <summary>The key, or null when it was destroyed (its owner was erased) or never existed.</summary>
    public async Task<byte[]?> ByIdAsync(Guid keyId, CancellationToken cancellationToken) =>
        (await FindAsync(k => k.Id == new FileKeyId(keyId), cancellationToken))?.Key;

    private async Task<(Guid Id, byte[] Key)?> FindAsync(Expression<Func<FileKey, bool>> which, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<PixyerDbContext>().FileKeys.AsNoTracking()
            .Where(which)
            .Select(k => new { k.Id, k.SealedKey })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Id.Value, sealer.Unseal(row.SealedKey));
    }

    private async Task<(Guid Id, byte[] Key)> IssueAsync(AccountId owner, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<FileKeyIssuer>().IssueFor(owner);
            try
            {
                await scope.ServiceProvider.GetRequiredService<PixyerDbContext>().SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (violations.IsUniqueViolation(exception))
            {
                // Another save for the same owner issued it first (the subject is unique): theirs is read below.
            }
        }

        return await FindAsync(k => k.SubjectId == owner, cancellationToken)
            ?? throw new InvalidOperationException("The owner's file key could not be issued.");
    }
}
