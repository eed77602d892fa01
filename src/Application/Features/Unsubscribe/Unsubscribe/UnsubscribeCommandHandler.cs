using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Unsubscribe.Unsubscribe;

public sealed class UnsubscribeCommandHandler(UnsubscribeLinks links, ConsentLedger ledger, IAppDbContext db, TimeProvider clock)
    : ICommandHandler<UnsubscribeCommand, Subscription>
{
    public async ValueTask<Subscription> Handle(UnsubscribeCommand command, CancellationToken cancellationToken)
    {
        var (account, campaign) = links.Read(command.Token);
        var subject = new ConsentSubject(account, null);
        if (await ledger.IsGrantedAsync(subject, ConsentPurpose.MarketingEmail, cancellationToken))
        {
            await ledger.RecordAsync(subject, ConsentPurpose.MarketingEmail, false, ConsentChannel.UnsubscribeLink, cancellationToken);
            // The campaign whose mail the person left through counts them (U9); a repeated click counts nothing.
            var mail = campaign is { } sent
                ? await db.CampaignMails.SingleOrDefaultAsync(m => m.CampaignId == sent && m.SubjectId == account, cancellationToken)
                : null;
            mail?.Unsubscribed(clock.GetUtcNow());
        }

        return new Subscription(ConsentPurposes.NameOf(ConsentPurpose.MarketingEmail), false) { Subject = account.Value };
    }
}
