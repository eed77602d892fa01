namespace Pixyer.Api.Http;

/// <summary>The <c>Pixyer:Cors</c> section: which other origins' SPAs may call the API with the person's cookies.</summary>
public sealed class CrossOriginOptions
{
    public const string Section = "Pixyer:Cors";

    /// <summary>Exact origins (scheme, host, optional port), e.g. <c>https://app.example.com</c>; none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
