using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Common.Payments;

/// <summary>The gateway refused the card or the charge (402), with its reason code (e.g. <c>card_declined</c>, <c>expired_card</c>).</summary>
public sealed class PaymentDeclinedException(string declineCode)
    : ProblemException(402, "payment-declined", "Payment declined", $"The payment was declined ({declineCode}). Try another card.")
{
    public string DeclineCode { get; } = declineCode;

    public override IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?> { ["declineCode"] = DeclineCode };
}
