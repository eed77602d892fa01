using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;
using Pixyer.Application.Features.Policies;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Policies;

namespace Pixyer.Application.Features.Accounts.Register;

public sealed class RegisterAccountCommandHandler(
    IAppDbContext db,
    IPasswordHasher passwords,
    EmailVerificationMailer verification,
    PolicyCatalog policies,
    ConsentLedger consents,
    IOutbox outbox,
    MarketingMails marketing,
    FileKeyIssuer fileKeys,
    IRequestContext request,
    TimeProvider clock)
    : ICommandHandler<RegisterAccountCommand, RegistrationAccepted>
{
    public async ValueTask<RegistrationAccepted> Handle(RegisterAccountCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // The age rule runs before anything is read or written: nothing about a minor is stored (A1).
        var account = Account.Register(
            command.Username, command.Email, passwords.Hash(command.Password), command.DateOfBirth, command.AcceptedPolicyVersion, now);

        var policy = await policies.CurrentAsync(cancellationToken);
        if (command.AcceptedPolicyVersion != policy.Version)
        {
            throw new ValidationException(
                [new ValidationFailure(nameof(command.AcceptedPolicyVersion), $"Accept the privacy policy in force (version {policy.Version}).")]);
        }

        // The username first: its 409 must not depend on whether the address has an account.
        await AccountUniqueness.EnsureUsernameFreeAsync(db, account.NormalizedUsername, null, cancellationToken);
        if (await db.Accounts.FirstOrDefaultAsync(a => a.NormalizedEmail == account.NormalizedEmail, cancellationToken) is { } owner)
        {
            outbox.EnqueueEmail(RegistrationAttemptMail.For(owner), owner.Id.Value);
            return new RegistrationAccepted(owner.Id.Value);
        }

        db.Accounts.Add(account);
        fileKeys.IssueFor(account.Id);
        db.PolicyAcceptances.Add(PolicyAcceptance.Record(account.Id, policy.Version, PolicyAcceptanceChannel.Registration, now));
        verification.Send(account, account.Email);
        await RecordConsentsAsync(account, command.Consents ?? [], cancellationToken);
        return new RegistrationAccepted(account.Id.Value);
    }

    /// <summary>The visitor's earlier cookie choices first, then the choices made in the form, which are newer.</summary>
    private async Task RecordConsentsAsync(Account account, IEnumerable<string> granted, CancellationToken cancellationToken)
    {
        if (request.VisitorId is { } visitor)
        {
            await consents.MergeVisitorAsync(account.Id, visitor, cancellationToken);
        }

        // The validator has checked every name.
        foreach (var name in granted.Distinct())
        {
            _ = ConsentPurposes.TryParse(name, out var purpose);
            await consents.RecordAsync(new ConsentSubject(account.Id, null), purpose, true, ConsentChannel.Registration, cancellationToken);
            if (purpose == ConsentPurpose.MarketingEmail)
            {
                outbox.EnqueueEmail(marketing.Welcome(account), account.Id.Value, ConsentPurpose.MarketingEmail);
            }
        }
    }
}
