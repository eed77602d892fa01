using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Campaigns;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Campaigns.SendCampaign;

public sealed class SendCampaignCommandHandler(
    IAppDbContext db, SelectedAccounts selection, ConsentLedger ledger, ISubjectLocks locks, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SendCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(SendCampaignCommand command, CancellationToken cancellationToken)
    {
        var id = new CampaignId(command.Id);
        // Two sends at once: the second waits for the first and finds the campaign sent.
        await locks.LockAsync("campaign", command.Id, cancellationToken);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("campaign");
        if (campaign.SentAt is null)
        {
            var audience = await selection.EvaluateAsync(campaign.AudienceSelector(), cancellationToken);
            var granting = ledger.AccountsGranting(ConsentPurpose.MarketingEmail);
            var consenting = await db.Accounts.AsNoTracking()
                .Where(a => audience.Contains(a.Id) && a.EmailVerifiedAt != null && granting.Contains(a.Id))
                .OrderBy(a => a.Id)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
            campaign.Send(consenting, actor.RequiredAccountId, clock.GetUtcNow());
            return CampaignDto.Of(campaign, CampaignProgress.None with { Recipients = consenting.Count, Queued = consenting.Count });
        }

        return (await db.WithProgressAsync([campaign], cancellationToken))[0];
    }
}
