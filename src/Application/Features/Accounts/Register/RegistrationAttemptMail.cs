using Pixyer.Application.Common.Email;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts.Register;

/// <summary>Tells an address's owner that someone tried to register with it; it carries no token.</summary>
public static class RegistrationAttemptMail
{
    public static EmailMessage For(Account owner) => new(
        owner.Email,
        "Someone tried to register with your email address at Pixyer",
        $"""
         Hello {owner.Username},

         someone tried to open a new Pixyer account with this email address, which already belongs to your account.
         Nothing was changed and no new account was opened.

         If it was you, log in instead (or confirm the address with the mail we sent when you registered);
         if you cannot log in, write to our support. If it was not you, you need not do anything.
         """);
}
