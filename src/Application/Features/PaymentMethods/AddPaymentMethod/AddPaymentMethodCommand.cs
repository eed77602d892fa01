using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.PaymentMethods.AddPaymentMethod;

/// <summary>
/// Obligation C4: adds a card the client tokenized with the payment gateway (e.g. Stripe.js, or the sandbox's
/// <c>tok_visa</c>). Pixyer receives the token only and keeps the gateway's id, brand, last four digits, expiry and
/// fingerprint; a card number sent here is refused before it is read (400 <c>card-number-not-accepted</c>). The card
/// goes to the gateway, so the call is a disclosure to it (S1). The first card becomes the default.
/// </summary>
[Access(AccessLevel.Authenticated)]
[Processing(ProcessingPurpose.SubscriptionPayment, LegalBasis.Contract, DataCategory.Payment)]
public sealed record AddPaymentMethodCommand(string Token) : ICommand<PaymentMethodDto>, IIdempotentCommand
{
    public override string ToString() => nameof(AddPaymentMethodCommand);
}
