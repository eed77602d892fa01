using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Payments;
using Stripe;

namespace Pixyer.Infrastructure.Payments.Stripe;

public static class StripeRegistration
{
    /// <summary>
    /// Registers the Stripe <see cref="IPaymentGateway"/> on an <see cref="HttpClient"/> of the factory; the caller has
    /// checked <paramref name="options"/> (<see cref="PaymentOptions.Problems"/>) and chosen Stripe.
    /// </summary>
    /// <remarks>
    /// A typed client, so transient: each gateway gets a client of the factory, whose handlers are pooled and renewed
    /// (a singleton would keep one handler, and its DNS answers, for the process's life). A gateway is a few small
    /// objects around that client. Retries are Stripe.net's own (network failures, 409, 5xx, or as Stripe's
    /// <c>Stripe-Should-Retry</c> says), which resend the same request, idempotency key included, so no resilience
    /// handler is added on top.
    /// </remarks>
    public static IServiceCollection AddStripePaymentGateway(this IServiceCollection services, PaymentOptions options)
    {
        services.AddHttpClient<IPaymentGateway, StripePaymentGateway>((http, _) => new StripePaymentGateway(Client(http, options), options))
            // Header values never reach a log: the secret key travels in Authorization.
            .RedactLoggedHeaders(_ => true);
        return services;
    }

    private static StripeClient Client(HttpClient http, PaymentOptions options) => new(
        apiKey: options.Stripe.SecretKey,
        // No telemetry: Stripe is told what each call needs and nothing about the calls before it.
        httpClient: new SystemNetHttpClient(http, enableTelemetry: false),
        apiBase: options.Stripe.BaseUrl?.TrimEnd('/'));
}
