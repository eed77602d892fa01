using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts.MarkInactiveAccounts;

public sealed class MarkInactiveAccountsCommandHandler(
    IAppDbContext db, IOutbox outbox, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<MarkInactiveAccountsCommand, InactivityReport>
{
    /// <summary>Warnings per command: each is an outbox row held in memory until the commit.</summary>
    public const int BatchSize = 500;

    public async ValueTask<InactivityReport> Handle(MarkInactiveAccountsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var markedInactive = await db.Accounts.Where(Account.DueToBecomeInactive(now))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, AccountStatus.Inactive).SetProperty(a => a.RetentionClockStartedAt, now), cancellationToken);
        var deactivated = await db.Accounts.Where(a => a.Status == AccountStatus.Deactivated && a.RetentionClockStartedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.RetentionClockStartedAt, now), cancellationToken);

        var due = await db.Accounts.AsNoTracking().Where(Account.DueForInactivityWarning(now))
            .OrderBy(a => a.LastActiveAt)
            .Take(BatchSize)
            .Select(a => new { a.Id, a.Email, a.Username, a.LastActiveAt })
            .ToListAsync(cancellationToken);
        foreach (var account in due)
        {
            outbox.EnqueueEmail(Warning(account.Email, account.Username, account.LastActiveAt + Account.InactivityPeriod), account.Id.Value);
        }

        var ids = due.Select(a => a.Id).ToList();
        await db.Accounts.Where(a => ids.Contains(a.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.InactivityWarnedAt, now), cancellationToken);
        return new InactivityReport(due.Count, markedInactive, deactivated, due.Count == BatchSize);
    }

    /// <summary>An operational mail about the account itself: it needs no marketing consent.</summary>
    private EmailMessage Warning(string email, string username, DateTimeOffset inactiveFrom) =>
        new(
            email,
            "Log in to keep your Pixyer account active",
            $"""
             Hello {username},

             you have not used your Pixyer account for a long time. If you do not log in before {inactiveFrom:yyyy-MM-dd},
             it becomes inactive: we then keep your data for 24 months, as the law requires, and anonymize it after that.

             To keep your account, simply log in: {options.Value.PublicBaseUrl.TrimEnd('/')}/login
             """);
}
