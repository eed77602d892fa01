using Pixyer.Application.Common.Exceptions;

namespace Pixyer.Application.Common.Payments;

/// <summary>A webhook whose signature is missing, wrong or outside the tolerance: it is refused and nothing of it applied.</summary>
public sealed class WebhookSignatureException(string detail)
    : ProblemException(400, "webhook-signature-invalid", "Webhook signature invalid", detail);
