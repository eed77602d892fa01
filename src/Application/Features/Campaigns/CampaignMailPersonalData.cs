using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Campaigns;

/// <summary>The campaigns a person was sent (U9), and whether they opened one (K3, only with analytics consent) or left through it.</summary>
public sealed class CampaignMailPersonalData(IAppDbContext db) : SubjectRowsSource<CampaignMail>
{
    public override string Category => "campaign-mails";

    public override IReadOnlyList<string> Obligations => ["U9", "K3"];

    protected override IQueryable<CampaignMail> RowsOf(IReadOnlyCollection<AccountId> subjects) =>
        db.CampaignMails.Where(m => subjects.Contains(m.SubjectId));

    protected override IQueryable<object> Exported(IQueryable<CampaignMail> rows) =>
        rows.OrderBy(m => m.CampaignId).Select(m => new
        {
            Campaign = db.Campaigns.Where(c => c.Id == m.CampaignId).Select(c => c.Subject).FirstOrDefault(),
            QueuedAt = m.MessageId == null ? null : m.HandledAt,
            m.OpenedAt,
            m.UnsubscribedAt,
        });
}
