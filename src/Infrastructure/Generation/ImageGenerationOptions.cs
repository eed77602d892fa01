namespace Pixyer.Infrastructure.Generation;

/// <summary>The <c>Pixyer:Generation</c> section: which <c>IImageGenerator</c> renders the visuals.</summary>
public sealed class ImageGenerationOptions
{
    public const string Section = "Pixyer:Generation";
    public const string BuiltinProvider = "builtin";
    public const string HttpProvider = "http";

    /// <summary><c>builtin</c> (the in-process renderer, the default) or <c>http</c> (an external large-model provider).</summary>
    public string Provider { get; set; } = BuiltinProvider;

    public HttpProviderOptions Http { get; set; } = new();

    public bool UsesHttpProvider => string.Equals(Provider, HttpProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>What is wrong with the settings, for a start-up failure that names every problem at once.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (string.Equals(Provider, BuiltinProvider, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        if (!UsesHttpProvider)
        {
            return [$"{Section}:Provider is '{BuiltinProvider}' or '{HttpProvider}'"];
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(Http.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            problems.Add($"{Section}:Http:BaseUrl is an absolute http(s) URL");
        }

        if (string.IsNullOrWhiteSpace(Http.ApiKey))
        {
            problems.Add($"{Section}:Http:ApiKey is required");
        }

        if (string.IsNullOrWhiteSpace(Http.RecipientKey))
        {
            problems.Add($"{Section}:Http:RecipientKey names the registered recipient the provider is (obligation S1)");
        }

        if (Http.TimeoutSeconds is <= 0 or > 600)
        {
            problems.Add($"{Section}:Http:TimeoutSeconds is more than 0 and at most 600");
        }

        if (Http.MaxRetries is < 0 or > 10)
        {
            problems.Add($"{Section}:Http:MaxRetries is between 0 and 10");
        }

        return problems;
    }

    public sealed class HttpProviderOptions
    {
        /// <summary>The provider's base URL; the adapter posts to <c>{BaseUrl}/v1/images/render</c>.</summary>
        public string? BaseUrl { get; set; }

        /// <summary>Sent as <c>Authorization: Bearer</c>; never logged.</summary>
        public string? ApiKey { get; set; }

        /// <summary>The whole call, retries and their waits included.</summary>
        public double TimeoutSeconds { get; set; } = 60;

        /// <summary>Retries after a 5xx, 408 or 429 answer or a network failure, with exponential backoff and jitter.</summary>
        public int MaxRetries { get; set; } = 3;

        /// <summary>The key of the registered recipient (category large_model_providers) each call discloses the photo to.</summary>
        public string? RecipientKey { get; set; }
    }
}
