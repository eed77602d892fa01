using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests;

/// <summary>The account a guardian request names, looked up only when staff handle the request.</summary>
internal static class MinorAccounts
{
    /// <summary>
    /// The account approved for the request, else the one whose email or username the guardian gave (usernames
    /// cannot contain '@', so the two never clash); null when none matches or the request was redacted.
    /// </summary>
    public static IQueryable<Account> MatchOf(this IAppDbContext db, GuardianRequest request)
    {
        if (request.SubjectId is { } subject)
        {
            return db.Accounts.Where(a => a.Id == subject);
        }

        if (request.MinorIdentifier is not { } identifier)
        {
            return db.Accounts.Where(_ => false);
        }

        var email = Account.NormalizeEmail(identifier);
        var username = Account.NormalizeUsername(identifier);
        return db.Accounts.Where(a => a.NormalizedEmail == email || a.NormalizedUsername == username);
    }

    public static async Task<MinorAccountMatch?> MatchAsync(this IAppDbContext db, GuardianRequest request, CancellationToken cancellationToken)
    {
        var account = await db.MatchOf(request).AsNoTracking().Select(a => new { a.Id, a.Status }).FirstOrDefaultAsync(cancellationToken);
        return account is null ? null : new MinorAccountMatch(account.Id.Value, WireNames.Of(account.Status));
    }
}
