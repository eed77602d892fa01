using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Accounts;
using Pixyer.Application.Features.Sessions;

namespace Pixyer.Application.Features.Profile.ChangeMyPassword;

public sealed class ChangeMyPasswordCommandHandler(IAppDbContext db, ICurrentActor actor, IPasswordHasher passwords, TimeProvider clock)
    : ICommandHandler<ChangeMyPasswordCommand, SessionsRevokedByPasswordChange>
{
    public async ValueTask<SessionsRevokedByPasswordChange> Handle(ChangeMyPasswordCommand command, CancellationToken cancellationToken)
    {
        var accountId = actor.RequiredAccountId;
        var account = await db.Accounts.FirstAsync(a => a.Id == accountId, cancellationToken);
        if (!passwords.Verify(account.PasswordHash, command.CurrentPassword))
        {
            throw new RequestRefusedException("current-password-incorrect", "The current password is incorrect.");
        }

        // The policy needs the account's username and address, so it is checked here rather than in the validator.
        var violations = PasswordPolicy.Violations(command.NewPassword, account.Username, account.Email)
            .Select(message => new ValidationFailure(nameof(command.NewPassword), message))
            .ToList();
        if (violations.Count > 0)
        {
            throw new ValidationException(violations);
        }

        account.ChangePassword(passwords.Hash(command.NewPassword));
        var revoked = await SessionRevocation.RevokeAllAsync(db, account.Id, actor.SessionId, clock.GetUtcNow(), cancellationToken);
        return new SessionsRevokedByPasswordChange(revoked);
    }
}
