using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Subscriptions.ListMySubscriptions;

/// <summary>Obligation C4: the caller's subscriptions, newest first, each with every change of its state and when.</summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Transactions)]
public sealed record ListMySubscriptionsQuery(PageRequest Page) : IQuery<Paged<SubscriptionDto>>;
