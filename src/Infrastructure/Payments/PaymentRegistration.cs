using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Payments;
using Pixyer.Infrastructure.Payments.Sandbox;
using Pixyer.Infrastructure.Payments.Stripe;

namespace Pixyer.Infrastructure.Payments;

public static class PaymentRegistration
{
    /// <summary>
    /// Registers the <see cref="IPaymentGateway"/> <c>Pixyer:Payments:Provider</c> names. Settings that cannot work
    /// stop the start-up with every problem named.
    /// </summary>
    public static IServiceCollection AddPixyerPaymentGateway(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(PaymentOptions.Section);
        var options = section.Get<PaymentOptions>() ?? new PaymentOptions();
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Payments are misconfigured: {string.Join("; ", problems)}.");
        }

        services.Configure<PaymentOptions>(section);
        if (options.UsesStripe)
        {
            return services.AddStripePaymentGateway(options);
        }

        services.AddSingleton<SandboxWebhookSecret>();
        services.AddSingleton<SandboxPaymentGateway>();
        services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<SandboxPaymentGateway>());
        return services;
    }
}
