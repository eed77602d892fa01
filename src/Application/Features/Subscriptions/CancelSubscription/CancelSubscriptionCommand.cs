using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Subscriptions.CancelSubscription;

/// <summary>
/// Cancels the caller's subscription: it serves until the end of the period paid for and then ends, charging nothing
/// more. One whose renewal is failing (<c>past_due</c>) ends at once, as its current period is not paid. Sending it
/// again changes nothing.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Transactions)]
public sealed record CancelSubscriptionCommand : ICommand<SubscriptionDto>;
