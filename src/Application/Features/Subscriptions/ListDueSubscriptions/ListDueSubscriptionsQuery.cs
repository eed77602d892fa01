using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Subscriptions.ListDueSubscriptions;

/// <summary>The renewal job's work list: live subscriptions whose next charge (or end) is due, longest due first.</summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Transactions)]
public sealed record ListDueSubscriptionsQuery(int Limit = ListDueSubscriptionsQuery.DefaultLimit) : IQuery<IReadOnlyList<Guid>>
{
    public const int DefaultLimit = 100;
}
