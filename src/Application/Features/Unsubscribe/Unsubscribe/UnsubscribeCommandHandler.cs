using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Unsubscribe.Unsubscribe;

public sealed class UnsubscribeCommandHandler(UnsubscribeLinks links, ConsentLedger ledger) : ICommandHandler<UnsubscribeCommand, Subscription>
{
    public async ValueTask<Subscription> Handle(UnsubscribeCommand command, CancellationToken cancellationToken)
    {
        var account = links.Read(command.Token);
        var subject = new ConsentSubject(account, null);
        if (await ledger.IsGrantedAsync(subject, ConsentPurpose.MarketingEmail, cancellationToken))
        {
            await ledger.RecordAsync(subject, ConsentPurpose.MarketingEmail, false, ConsentChannel.UnsubscribeLink, cancellationToken);
        }

        return new Subscription(ConsentPurposes.NameOf(ConsentPurpose.MarketingEmail), false) { Subject = account.Value };
    }
}
