using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.Unsubscribe.GetSubscription;

public sealed class GetSubscriptionQueryHandler(UnsubscribeLinks links, ConsentLedger ledger) : IQueryHandler<GetSubscriptionQuery, Subscription>
{
    public async ValueTask<Subscription> Handle(GetSubscriptionQuery query, CancellationToken cancellationToken)
    {
        var account = links.Read(query.Token).Account;
        var subscribed = await ledger.IsGrantedAsync(new ConsentSubject(account, null), ConsentPurpose.MarketingEmail, cancellationToken);
        return new Subscription(ConsentPurposes.NameOf(ConsentPurpose.MarketingEmail), subscribed);
    }
}
