using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Security;

namespace Pixyer.Application.Features.Accounts;

/// <summary>Registration data (C1, A1), pending verifications and the account's failed logins.</summary>
public sealed class AccountPersonalData(IAppDbContext db) : IPersonalDataSource
{
    public string Category => "account";

    public IReadOnlyList<string> Obligations => ["C1", "A1", "G3", "G5"];

    public IReadOnlyList<Type> EntityTypes => [typeof(Account), typeof(EmailVerificationToken), typeof(LoginFailure)];

    public async Task ExportAsync(AccountId subject, IExportWriter writer, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == subject, cancellationToken);
        if (account is null)
        {
            return;
        }

        var verifications = await db.EmailVerificationTokens.AsNoTracking()
            .Where(t => t.AccountId == subject)
            .Select(t => new { t.Email, t.ExpiresAt, t.UsedAt })
            .ToListAsync(cancellationToken);
        var failedLogins = await db.LoginFailures.AsNoTracking()
            .Where(f => f.AccountId == subject)
            .Select(f => f.OccurredAt)
            .ToListAsync(cancellationToken);
        await writer.WriteRecordAsync(
            Category,
            new
            {
                account.Id,
                account.Username,
                account.Email,
                account.PendingEmail,
                account.EmailVerifiedAt,
                account.DateOfBirth,
                account.AcceptedPolicyVersion,
                Roles = RoleNames.Of(account.Roles),
                Status = account.Status.ToString(),
                account.CreatedAt,
                EmailVerifications = verifications,
                FailedLoginsAt = failedLogins,
            },
            cancellationToken);
    }

    /// <summary>
    /// The account row is emptied in place rather than deleted: every identifying column is overwritten with the same
    /// constant for all erased accounts, so nothing in the row tells one person from another, and the retained
    /// records keep a row to point at. Deleting it would fire every referencing table's foreign-key trigger once per
    /// account (eleven of them), which made a retention batch about five times slower than this update.
    /// </summary>
    public async Task EraseAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        await db.LoginFailures.Where(f => f.AccountId != null && subjects.Contains(f.AccountId.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.EmailVerificationTokens.Where(t => subjects.Contains(t.AccountId)).ExecuteDeleteAsync(cancellationToken);
        await db.Accounts.Where(a => subjects.Contains(a.Id)).ExecuteUpdateAsync(
            u => u.SetProperty(a => a.Status, AccountStatus.Erased)
                .SetProperty(a => a.Username, "")
                .SetProperty(a => a.NormalizedUsername, "")
                .SetProperty(a => a.Email, "")
                .SetProperty(a => a.NormalizedEmail, "")
                .SetProperty(a => a.PendingEmail, (string?)null)
                .SetProperty(a => a.EmailVerifiedAt, (DateTimeOffset?)null)
                .SetProperty(a => a.PasswordHash, "")
                .SetProperty(a => a.DateOfBirth, DateOnly.MinValue)
                .SetProperty(a => a.Roles, Roles.Customer)
                .SetProperty(a => a.LastActiveAt, a => a.CreatedAt)
                .SetProperty(a => a.InactivityWarnedAt, (DateTimeOffset?)null)
                .SetProperty(a => a.RetentionClockStartedAt, (DateTimeOffset?)null),
            cancellationToken);
    }

    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken) =>
        Remaining.Of(
            Category,
            (nameof(Account), await db.Accounts.CountAsync(a => a.Id == subject, cancellationToken)),
            (nameof(EmailVerificationToken), await db.EmailVerificationTokens.CountAsync(t => t.AccountId == subject, cancellationToken)),
            (nameof(LoginFailure), await db.LoginFailures.CountAsync(f => f.AccountId == subject, cancellationToken)));
}
