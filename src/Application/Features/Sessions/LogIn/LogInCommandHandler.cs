using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Policies;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Sessions.LogIn;

public sealed class LogInCommandHandler(
    IAppDbContext db,
    IPasswordHasher passwords,
    ISecretTokens tokens,
    ILoginThrottle throttle,
    IRequestContext request,
    ConsentLedger consents,
    PolicyCatalog policies,
    TimeProvider clock)
    : ICommandHandler<LogInCommand, LoggedIn>
{
    public async ValueTask<LoggedIn> Handle(LogInCommand command, CancellationToken cancellationToken)
    {
        var email = Account.NormalizeEmail(command.Email);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.NormalizedEmail == email, cancellationToken);
        if (await throttle.RetryAfterAsync(account?.Id, request.ClientKey, cancellationToken) is { } retryAfter)
        {
            throw new TooManyRequestsException(retryAfter);
        }

        if (!PasswordMatches(account, command.Password) || !account.CanLogIn)
        {
            throttle.RecordFailureWhenRolledBack(account?.Id, request.ClientKey);
            // One answer for an unknown address, a wrong password and a closed account: nothing to enumerate.
            throw new UnauthenticatedException("The email address or password is incorrect.");
        }

        var token = tokens.Generate();
        var csrfToken = SessionCsrf.TokenFor(tokens, token);
        var now = clock.GetUtcNow();
        account.RecordActivity(now);
        var session = Session.Start(account.Id, tokens.Hash(token), tokens.Hash(csrfToken), request.Device, now);
        db.Sessions.Add(session);
        await db.LoginFailures.Where(f => f.AccountId == account.Id).ExecuteDeleteAsync(cancellationToken);
        if (request.VisitorId is { } visitor)
        {
            await consents.MergeVisitorAsync(account.Id, visitor, cancellationToken);
        }

        await policies.AcceptMinorChangesAsync(account.Id, cancellationToken);
        return new LoggedIn(session.Id.Value, account.Id.Value, token, csrfToken, session.ExpiresAt);
    }

    private bool PasswordMatches([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] Account? account, string password)
    {
        if (account is null)
        {
            // Spend the same time as a real check, so that timing does not tell whether the address is known.
            passwords.VerifyAgainstDummy(password);
            return false;
        }

        return passwords.Verify(account.PasswordHash, password);
    }
}
