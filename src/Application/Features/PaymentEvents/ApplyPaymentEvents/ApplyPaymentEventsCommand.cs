using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.PaymentEvents.ApplyPaymentEvents;

/// <summary>
/// The inbox job's step: applies received payment events in the order they came, each once. <c>charge.refunded</c>
/// records the refund on the charge's transaction and marks its invoice refunded; <c>payment_method.detached</c>
/// removes the card; other types are kept as received and ignored. Answers how many it applied.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Payment, DataCategory.Transactions)]
public sealed record ApplyPaymentEventsCommand(int BatchSize = ApplyPaymentEventsCommand.DefaultBatchSize) : ICommand<int>
{
    public const int DefaultBatchSize = 100;
}
