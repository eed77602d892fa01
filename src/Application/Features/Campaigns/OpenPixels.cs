using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Campaigns;

/// <summary>
/// Obligation K3: the open pixel of a campaign mail. Its address names the campaign and the person under a keyed
/// signature, so an open cannot be recorded for anyone by guessing.
/// </summary>
public sealed class OpenPixels(IKeyedHasher hasher, IOptions<PixyerOptions> options)
{
    /// <summary>Two ids of 32 characters and a signature fit with room; anything longer is not a pixel Pixyer mailed.</summary>
    public const int ReceiptMaxLength = 256;

    public string UrlFor(CampaignId campaign, AccountId subject) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/api/v1/campaigns/opens/{campaign.Value:N}.{subject.Value:N}.{Signature(campaign, subject)}.gif";

    /// <summary>The campaign mail a pixel receipt names; null for a forged or garbled one.</summary>
    public (CampaignId Campaign, AccountId Subject)? Read(string receipt)
    {
        if (receipt.Split('.') is not [var campaignPart, var subjectPart, var signature]
            || !Guid.TryParseExact(campaignPart, "N", out var campaignId)
            || !Guid.TryParseExact(subjectPart, "N", out var subjectId))
        {
            return null;
        }

        var (campaign, subject) = (new CampaignId(campaignId), new AccountId(subjectId));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Signature(campaign, subject)))
            ? (campaign, subject)
            : null;
    }

    private string Signature(CampaignId campaign, AccountId subject) => hasher.Hash($"campaign-open:{campaign.Value:N}:{subject.Value:N}");
}
