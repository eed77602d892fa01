using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Accounts;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Profile.CorrectMyProfile;

public sealed class CorrectMyProfileCommandHandler(
    IAppDbContext db, ICurrentActor actor, EmailVerificationMailer verification, EmailChangeLimit limit, TimeProvider clock)
    : ICommandHandler<CorrectMyProfileCommand, MyProfile>
{
    public async ValueTask<MyProfile> Handle(CorrectMyProfileCommand command, CancellationToken cancellationToken)
    {
        var accountId = actor.RequiredAccountId;
        var account = await db.Accounts.FirstAsync(a => a.Id == accountId, cancellationToken);

        if (command.Username is { } username && Account.NormalizeUsername(username) != account.NormalizedUsername)
        {
            await AccountUniqueness.EnsureUsernameFreeAsync(db, Account.NormalizeUsername(username), account.Id, cancellationToken);
        }

        if (command.Username is not null)
        {
            account.ChangeUsername(command.Username);
        }

        if (command.Email is { } email && Account.NormalizeEmail(email) != account.NormalizedEmail)
        {
            await AccountUniqueness.EnsureEmailFreeAsync(db, Account.NormalizeEmail(email), account.Id, cancellationToken);
            await limit.EnsureAllowedAsync(account.Id, Account.NormalizeEmail(email), cancellationToken);
            await RevokePendingTokensAsync(account.Id, cancellationToken);
            account.RequestEmailChange(email);
            verification.Send(account, email.Trim());
        }

        return MyProfile.Of(account);
    }

    /// <summary>Only the newest link works: an older one, for this address or another, answers as an invalid token.</summary>
    private async Task RevokePendingTokensAsync(AccountId accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pending = await db.EmailVerificationTokens
            .Where(t => t.AccountId == accountId && t.UsedAt == null && t.RevokedAt == null && t.ExpiresAt > now)
            .ToListAsync(cancellationToken);
        pending.ForEach(token => token.Revoke(now));
    }
}
