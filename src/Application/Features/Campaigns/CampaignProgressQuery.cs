using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Campaigns;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Features.Campaigns;

internal static class CampaignProgressQuery
{
    /// <summary>The progress of each of <paramref name="campaigns"/>, counted from their mails and the outbox in one query.</summary>
    public static async Task<IReadOnlyList<CampaignDto>> WithProgressAsync(
        this IAppDbContext db, IReadOnlyList<Campaign> campaigns, CancellationToken cancellationToken)
    {
        var ids = campaigns.Select(c => c.Id).ToList();
        var mails = db.CampaignMails.AsNoTracking()
            .Where(m => ids.Contains(m.CampaignId))
            .Select(m => new
            {
                m.CampaignId,
                m.HandledAt,
                m.OpenedAt,
                m.UnsubscribedAt,
                Status = db.OutboxMessages.Where(o => o.Id == m.MessageId).Select(o => (OutboxStatus?)o.Status).FirstOrDefault(),
            });
        var progress = await mails
            .GroupBy(m => m.CampaignId)
            .Select(g => new
            {
                Id = g.Key,
                Recipients = g.Count(),
                Queued = g.Count(m => m.HandledAt == null || m.Status == OutboxStatus.Pending),
                Sent = g.Count(m => m.Status == OutboxStatus.Sent),
                Failed = g.Count(m => m.Status == OutboxStatus.Failed),
                Cancelled = g.Count(m => m.HandledAt != null && (m.Status == null || m.Status == OutboxStatus.Cancelled)),
                Unsubscribed = g.Count(m => m.UnsubscribedAt != null),
                Opened = g.Count(m => m.OpenedAt != null),
            })
            .ToDictionaryAsync(
                p => p.Id,
                p => new CampaignProgress(p.Recipients, p.Queued, p.Sent, p.Failed, p.Cancelled, p.Unsubscribed, p.Opened),
                cancellationToken);
        return campaigns.Select(c => CampaignDto.Of(c, progress.GetValueOrDefault(c.Id, CampaignProgress.None))).ToList();
    }
}
