using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Campaigns.RecordCampaignOpen;

public sealed class RecordCampaignOpenCommandHandler(OpenPixels pixels, ConsentLedger ledger, IAppDbContext db, TimeProvider clock)
    : ICommandHandler<RecordCampaignOpenCommand>
{
    public async ValueTask<Unit> Handle(RecordCampaignOpenCommand command, CancellationToken cancellationToken)
    {
        if (pixels.Read(command.Receipt) is not var (campaign, subject)
            || !await ledger.IsGrantedAsync(new ConsentSubject(subject, null), ConsentPurpose.AnalyticsCookies, cancellationToken))
        {
            return Unit.Value;
        }

        var mail = await db.CampaignMails.SingleOrDefaultAsync(m => m.CampaignId == campaign && m.SubjectId == subject, cancellationToken);
        mail?.Opened(clock.GetUtcNow());
        return Unit.Value;
    }
}
