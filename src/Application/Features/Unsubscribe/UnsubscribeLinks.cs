using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Unsubscribe;

/// <summary>
/// Obligation U9: the signed one-click unsubscribe link of every marketing mail. The token names the account (and the
/// campaign whose mail carried it, so the campaign counts who left through it) and carries a keyed signature, so it
/// needs no login, cannot be forged for another account or campaign, and stays valid.
/// </summary>
public sealed class UnsubscribeLinks(IKeyedHasher hasher, IOptions<PixyerOptions> options)
{
    public string TokenFor(AccountId account, CampaignId? campaign = null) => campaign is { } sent
        ? $"{account.Value:N}.{sent.Value:N}.{Signature(account, sent)}"
        : $"{account.Value:N}.{Signature(account, null)}";

    /// <summary>The account (and campaign) a link belongs to; a forged or garbled link is refused (422).</summary>
    public UnsubscribeToken Read(string? token) =>
        TryRead(token) ?? throw new RequestRefusedException("unsubscribe-token-invalid", "This unsubscribe link is not valid.");

    private UnsubscribeToken? TryRead(string? token)
    {
        var (id, campaignId, signature) = token?.Split('.') switch
        {
            [var a, var s] => (a, null, s),
            [var a, var c, var s] => (a, c, s),
            _ => (null, null, null),
        };
        if (!Guid.TryParseExact(id, "N", out var value))
        {
            return null;
        }

        CampaignId? campaign = null;
        if (campaignId is not null)
        {
            if (!Guid.TryParseExact(campaignId, "N", out var campaignValue))
            {
                return null;
            }

            campaign = new CampaignId(campaignValue);
        }

        var account = new AccountId(value);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature!), Encoding.ASCII.GetBytes(Signature(account, campaign)))
            ? new UnsubscribeToken(account, campaign)
            : null;
    }

    /// <summary>The page a person opens from the mail's footer.</summary>
    public string PageFor(AccountId account, CampaignId? campaign = null) => $"{BaseUrl}/unsubscribe?token={TokenFor(account, campaign)}";

    /// <summary>List-Unsubscribe and List-Unsubscribe-Post (RFC 8058): mail clients unsubscribe with one POST.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(AccountId account, CampaignId? campaign = null) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = $"<{BaseUrl}/api/v1/unsubscribe?token={TokenFor(account, campaign)}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    // The campaign-less form keeps the signature of the links already mailed.
    private string Signature(AccountId account, CampaignId? campaign) => campaign is { } sent
        ? hasher.Hash($"unsubscribe:marketing_email:{account.Value:N}:{sent.Value:N}")
        : hasher.Hash($"unsubscribe:marketing_email:{account.Value:N}");
}

/// <summary>Whose link it is, and the campaign whose mail carried it (none for the other marketing mails).</summary>
public readonly record struct UnsubscribeToken(AccountId Account, CampaignId? Campaign);
