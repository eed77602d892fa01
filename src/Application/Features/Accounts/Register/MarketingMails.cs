using Pixyer.Application.Common.Email;
using Pixyer.Application.Features.Unsubscribe;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Accounts.Register;

/// <summary>
/// Marketing mail (obligation U9): sent only while the <c>marketing_email</c> consent stands, and always with a
/// one-click unsubscribe link and the RFC 8058 headers.
/// </summary>
public sealed class MarketingMails(UnsubscribeLinks links)
{
    public EmailMessage Welcome(Account account) => new(
        account.Email,
        "Welcome to Pixyer: ideas for your first visuals",
        $"""
         Hello {account.Username},

         thank you for letting us send you offers and ideas. Start with a clean studio background for your best
         product photo, then try the story format for social media.

         You receive this mail because you agreed to marketing email. Unsubscribe with one click, and we will
         not use your address for marketing again: {links.PageFor(account.Id)}
         """,
        links.HeadersFor(account.Id));
}
