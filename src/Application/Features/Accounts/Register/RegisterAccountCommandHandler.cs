using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts.Register;

public sealed class RegisterAccountCommandHandler(
    IAppDbContext db, IPasswordHasher passwords, EmailVerificationMailer verification, TimeProvider clock)
    : ICommandHandler<RegisterAccountCommand, RegisteredAccount>
{
    public async ValueTask<RegisteredAccount> Handle(RegisterAccountCommand command, CancellationToken cancellationToken)
    {
        // The age rule runs before anything is read or written: nothing about a minor is stored (A1).
        var account = Account.Register(
            command.Username,
            command.Email,
            passwords.Hash(command.Password),
            command.DateOfBirth,
            command.AcceptedPolicyVersion,
            clock.GetUtcNow());

        await AccountUniqueness.EnsureEmailFreeAsync(db, account.NormalizedEmail, null, cancellationToken);
        await AccountUniqueness.EnsureUsernameFreeAsync(db, account.NormalizedUsername, null, cancellationToken);

        db.Accounts.Add(account);
        verification.Send(account, account.Email);
        return new RegisteredAccount(account.Id.Value, account.Username, account.Email, account.IsEmailVerified);
    }
}
