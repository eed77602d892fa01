using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Common.Payments;

/// <summary>The gateway did not answer, or failed on its side (503 with <c>Retry-After</c>): nothing was bought, retry later.</summary>
public sealed class PaymentGatewayUnavailableException(Exception cause)
    : ProblemException(
        503, "payment-gateway-unavailable", "Payment gateway unavailable", "The payment gateway cannot be reached right now; retry later.", cause);
