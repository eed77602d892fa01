using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts;

/// <summary>Issues a single-use verification token for an address and queues the mail that carries it.</summary>
public sealed class EmailVerificationMailer(
    IAppDbContext db, ISecretTokens tokens, IOutbox outbox, IOptions<PixyerOptions> options, TimeProvider clock)
{
    public void Send(Account account, string email)
    {
        var token = tokens.Generate();
        db.EmailVerificationTokens.Add(EmailVerificationToken.Issue(account.Id, email, tokens.Hash(token), clock.GetUtcNow()));
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/verify-email?token={token}";
        outbox.EnqueueEmail(
            new EmailMessage(
                email,
                "Confirm your email address for Pixyer",
                $"""
                 Hello {account.Username},

                 please confirm this email address for your Pixyer account by opening this link within 24 hours:

                 {link}

                 or by entering this code: {token}

                 If you did not ask for this, ignore this mail: nothing changes without the confirmation.
                 """),
            account.Id.Value);
    }
}
