using System.Net;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Features.Unsubscribe;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Campaigns;

/// <summary>
/// A campaign's mail to one person (U9): the body, then the signed one-click unsubscribe link, with the RFC 8058 headers;
/// with open tracking, an HTML alternative carries the pixel (K3), which records nothing without analytics consent.
/// </summary>
public sealed class CampaignMessages(UnsubscribeLinks links, OpenPixels pixels)
{
    public EmailMessage For(Campaign campaign, AccountId subject, string email)
    {
        var unsubscribe = links.PageFor(subject, campaign.Id);
        var text = $"""
                    {campaign.Body.TrimEnd()}

                    --
                    You receive this mail because you agreed to marketing email from Pixyer. Unsubscribe with one click, and we
                    will not use your address for marketing again: {unsubscribe}
                    """;
        var html = campaign.TracksOpens
            ? $"""
               <!DOCTYPE html>
               <html><body>
               <div style="white-space: pre-wrap">{WebUtility.HtmlEncode(campaign.Body.TrimEnd())}</div>
               <p>You receive this mail because you agreed to marketing email from Pixyer.
               <a href="{WebUtility.HtmlEncode(unsubscribe)}">Unsubscribe with one click</a>, and we will not use your address for marketing again.</p>
               <img src="{WebUtility.HtmlEncode(pixels.UrlFor(campaign.Id, subject))}" width="1" height="1" alt="">
               </body></html>
               """
            : null;
        return new EmailMessage(email, campaign.Subject, text, links.HeadersFor(subject, campaign.Id), html);
    }
}
