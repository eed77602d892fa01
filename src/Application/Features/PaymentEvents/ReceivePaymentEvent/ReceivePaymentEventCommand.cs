using System.ComponentModel.DataAnnotations;
using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Billing;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.PaymentEvents.ReceivePaymentEvent;

/// <summary>
/// The payment gateway's webhook (C8): the signature and its timestamp are verified first (400 and nothing stored
/// otherwise), then the event goes into the inbox under the gateway's event id, so that a redelivery is recognised
/// and the event is applied once, by a job.
/// </summary>
[Access(AccessLevel.Anonymous)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Transactions)]
public sealed record ReceivePaymentEventCommand(string Payload, string? Signature) : ICommand<PaymentEventReceipt>
{
    /// <summary>The header the signature comes in: Stripe's, which the sandbox signs alike.</summary>
    public const string SignatureHeader = "Stripe-Signature";

    public override string ToString() => nameof(ReceivePaymentEventCommand);
}

/// <remarks>
/// <c>duplicate</c>: True when the event had been received before: it is not applied again.<br/>
/// </remarks>
public sealed record PaymentEventReceipt([property: MaxLength(PaymentEvent.MaxIdLength)] string EventId, bool Duplicate);
