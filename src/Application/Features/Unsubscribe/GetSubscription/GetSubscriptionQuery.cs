using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Unsubscribe.GetSubscription;

/// <summary>Obligation U9: what the unsubscribe page shows before the person confirms (a GET never unsubscribes).</summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Consents)]
public sealed record GetSubscriptionQuery(string Token) : IQuery<Subscription>
{
    public override string ToString() => nameof(GetSubscriptionQuery);
}
