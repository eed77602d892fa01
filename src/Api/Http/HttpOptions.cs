namespace Pixyer.Api.Http;

/// <summary>The <c>Pixyer:Http</c> section.</summary>
public sealed class HttpOptions
{
    public const string Section = "Pixyer:Http";

    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Take the client address from X-Forwarded-For (only behind a trusted reverse proxy).</summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>
    /// SameSite of the session and CSRF cookies: Strict while the SPA is on the API's site (same registrable domain,
    /// any subdomain or port); None for an SPA on another site, which also makes the visitor cookie SameSite=None.
    /// </summary>
    public SameSiteMode SessionCookieSameSite { get; set; } = SameSiteMode.Strict;

    /// <summary>Requests per minute of one client (account, else address) across the whole API.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    public int LoginRequestsPerMinute { get; set; } = 30;

    public int RegistrationsPerMinute { get; set; } = 10;

    /// <summary>Anonymous reads of the public privacy facts, per client.</summary>
    public int PublicReadsPerMinute { get; set; } = 120;
}
