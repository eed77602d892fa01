using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common.Accounts;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Campaigns;

/// <summary>A campaign as staff see it, with its progress once sent (<see cref="SentAt"/> null: a draft).</summary>
public sealed record CampaignDto(
    Guid Id,
    [property: MaxLength(Campaign.SubjectMaxLength)] string Subject,
    [property: MaxLength(Campaign.BodyMaxLength)] string Body,

    AccountSelector Audience,
    bool TracksOpens,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    Guid? SentBy,
    DateTimeOffset? SentAt,
    CampaignProgress Progress)
{
    public static CampaignDto Of(Campaign campaign, CampaignProgress progress) => new(
        campaign.Id.Value,
        campaign.Subject,
        campaign.Body,
        campaign.AudienceSelector(),
        campaign.TracksOpens,
        campaign.CreatedBy.Value,
        campaign.CreatedAt,
        campaign.SentBy?.Value,
        campaign.SentAt,
        progress);
}

/// <summary>
/// Of the <see cref="Recipients"/> (the audience's accounts that granted marketing email when it was sent): mails still
/// <see cref="Queued"/> (to be queued by the campaign job or waiting in the outbox), <see cref="Sent"/>,
/// <see cref="Failed"/> for good, and <see cref="Cancelled"/> (the grant or the verified address gone before delivery);
/// how many people <see cref="Unsubscribed"/> through this campaign's mails, and how many <see cref="Opened"/> one (only
/// people with analytics consent are counted).
/// </summary>
public sealed record CampaignProgress(int Recipients, int Queued, int Sent, int Failed, int Cancelled, int Unsubscribed, int Opened)
{
    public static readonly CampaignProgress None = new(0, 0, 0, 0, 0, 0, 0);
}
