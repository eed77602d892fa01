using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Campaigns.QueueCampaignMails;

public sealed class QueueCampaignMailsCommandHandler(
    IAppDbContext db, ConsentLedger ledger, IOutbox outbox, CampaignMessages messages, TimeProvider clock)
    : ICommandHandler<QueueCampaignMailsCommand, int>
{
    public async ValueTask<int> Handle(QueueCampaignMailsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var batch = await db.CampaignMails
            .Where(m => m.HandledAt == null)
            .OrderBy(m => m.CampaignId).ThenBy(m => m.SubjectId)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        var campaignIds = batch.Select(m => m.CampaignId).Distinct().ToList();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var subjectIds = batch.Select(m => m.SubjectId).Distinct().ToList();
        var granting = ledger.AccountsGranting(ConsentPurpose.MarketingEmail);
        var addresses = await db.Accounts.AsNoTracking()
            .Where(a => subjectIds.Contains(a.Id) && a.Status != AccountStatus.Erased && a.EmailVerifiedAt != null && granting.Contains(a.Id))
            .Select(a => new { a.Id, a.Email })
            .ToDictionaryAsync(a => a.Id, a => a.Email, cancellationToken);

        foreach (var mail in batch)
        {
            if (addresses.TryGetValue(mail.SubjectId, out var email))
            {
                var message = messages.For(campaigns[mail.CampaignId], mail.SubjectId, email);
                mail.Queued(outbox.EnqueueEmail(message, mail.SubjectId.Value, ConsentPurpose.MarketingEmail), now);
            }
            else
            {
                mail.Dropped(now);
            }
        }

        return batch.Count;
    }
}
