using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts.VerifyEmail;

public sealed class VerifyEmailCommandHandler(
    IAppDbContext db, ISecretTokens tokens, IOptions<PixyerOptions> options, TimeProvider clock)
    : ICommandHandler<VerifyEmailCommand, VerifiedEmail>
{
    public async ValueTask<VerifiedEmail> Handle(VerifyEmailCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = tokens.Hash(command.Token);
        var token = await db.EmailVerificationTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || !token.IsUsable(now))
        {
            throw new RequestRefusedException(
                "verification-token-invalid", "This verification link is invalid, used or expired; ask for a new one.");
        }

        var account = await db.Accounts.FirstAsync(a => a.Id == token.AccountId, cancellationToken);
        if (!account.Uses(token.Email))
        {
            throw new RequestRefusedException(
                "verification-token-invalid", "This verification link is for an address the account no longer uses.");
        }

        var verifiedEmail = Account.NormalizeEmail(token.Email);
        if (verifiedEmail != account.NormalizedEmail)
        {
            await AccountUniqueness.EnsureEmailFreeAsync(db, verifiedEmail, account.Id, cancellationToken);
        }

        token.Use(now);
        account.ConfirmEmail(token.Email, now);
        if (options.Value.Bootstrap.AdminEmails.Any(admin => Account.NormalizeEmail(admin) == account.NormalizedEmail))
        {
            account.GrantRoles(Roles.Admin);
        }

        return new VerifiedEmail(account.Id.Value, account.IsEmailVerified);
    }
}
