namespace Pixyer.Infrastructure.Payments;

/// <summary>The <c>Pixyer:Payments</c> section's gateway part: which <c>IPaymentGateway</c> takes the payments.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Pixyer:Payments";
    public const string SandboxProvider = "sandbox";
    public const string StripeProvider = "stripe";

    /// <summary><c>sandbox</c> (in-process, deterministic test tokens; the default) or <c>stripe</c>.</summary>
    public string Provider { get; set; } = SandboxProvider;

    /// <summary>The key of the registered recipient (category payment_providers) each call to the gateway discloses to (S1).</summary>
    public string RecipientKey { get; set; } = "payment-provider";

    /// <summary>How old a webhook's signed timestamp may be (either way) before it is refused as a replay.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    public SandboxOptions Sandbox { get; set; } = new();

    public StripeOptions Stripe { get; set; } = new();

    public bool UsesStripe => string.Equals(Provider, StripeProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>What is wrong with the settings, for a start-up failure that names every problem at once.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!UsesStripe && !string.Equals(Provider, SandboxProvider, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{Section}:Provider is '{SandboxProvider}' or '{StripeProvider}'");
        }

        if (string.IsNullOrWhiteSpace(RecipientKey))
        {
            problems.Add($"{Section}:RecipientKey names the registered recipient the gateway is (obligation S1)");
        }

        if (WebhookTolerance <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:WebhookTolerance is more than zero");
        }

        if (UsesStripe)
        {
            if (string.IsNullOrWhiteSpace(Stripe.SecretKey))
            {
                problems.Add($"{Section}:Stripe:SecretKey is required");
            }

            if (string.IsNullOrWhiteSpace(Stripe.WebhookSecret))
            {
                problems.Add($"{Section}:Stripe:WebhookSecret (the endpoint's signing secret, whsec_…) is required");
            }

            if (Stripe.BaseUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                problems.Add($"{Section}:Stripe:BaseUrl is an absolute http(s) URL");
            }
        }

        return problems;
    }

    public sealed class SandboxOptions
    {
        /// <summary>The secret the sandbox signs its webhooks with; unset: a key file under the data folder.</summary>
        public string? WebhookSecret { get; set; }
    }

    public sealed class StripeOptions
    {
        /// <summary>The API secret key (<c>sk_…</c>); never logged.</summary>
        public string? SecretKey { get; set; }

        /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>).</summary>
        public string? WebhookSecret { get; set; }

        /// <summary>The API's base URL; unset: Stripe's own (<c>https://api.stripe.com</c>). Tests point it at a local server.</summary>
        public string? BaseUrl { get; set; }
    }
}
