using Pixyer.Application.Common.Email;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts.Register;

/// <summary>Marketing mail (obligation U9): sent only while the <c>marketing_email</c> consent stands.</summary>
public static class MarketingMails
{
    public static EmailMessage Welcome(Account account) => new(
        account.Email,
        "Welcome to Pixyer: ideas for your first visuals",
        $"""
         Hello {account.Username},

         thank you for letting us send you offers and ideas. Start with a clean studio background for your best
         product photo, then try the story format for social media.

         You receive this mail because you agreed to marketing email. You can withdraw at any time in your
         account settings (consents), and we will not use your address for marketing again.
         """);
}
