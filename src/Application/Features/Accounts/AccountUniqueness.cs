using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts;

/// <summary>
/// Checks that an email or username is free before it is taken. The unique indexes remain the last word when two
/// requests race; the exception handler answers their refusal with the same 409.
/// </summary>
public static class AccountUniqueness
{
    public static async Task EnsureEmailFreeAsync(
        IAppDbContext db, string normalizedEmail, AccountId? except, CancellationToken cancellationToken)
    {
        if (await Others(db, except).AnyAsync(a => a.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            throw new ConflictException("An account with this email address already exists.");
        }
    }

    public static async Task EnsureUsernameFreeAsync(
        IAppDbContext db, string normalizedUsername, AccountId? except, CancellationToken cancellationToken)
    {
        if (await Others(db, except).AnyAsync(a => a.NormalizedUsername == normalizedUsername, cancellationToken))
        {
            throw new ConflictException("This username is taken.");
        }
    }

    private static IQueryable<Account> Others(IAppDbContext db, AccountId? except) =>
        except is { } id ? db.Accounts.Where(a => a.Id != id) : db.Accounts;
}
