using Microsoft.Net.Http.Headers;
using Pixyer.Api.Security;

namespace Pixyer.Api.Http;

/// <summary>
/// Obligation P1: browser SPAs on the configured origins only may call the API, with credentials (the session
/// cookie), so an origin is named exactly and never as <c>*</c>. Responses stay <c>Cross-Origin-Resource-Policy:
/// same-origin</c>: that header governs only no-CORS loads, which would otherwise let any site embed a person's
/// images; an allowed SPA loads them through CORS (<c>fetch</c> with credentials, or <c>crossorigin="use-credentials"</c>).
/// </summary>
public static class CrossOrigin
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private static readonly string[] RequestHeaders =
        [HeaderNames.ContentType, HeaderNames.Authorization, RequestContextMiddleware.IdempotencyKeyHeader, SessionCookies.CsrfHeader];

    /// <summary>What an SPA reads besides the CORS-safelisted headers: waits, new resources, downloads.</summary>
    private static readonly string[] ExposedHeaders =
    [
        HeaderNames.RetryAfter, HeaderNames.Location, HeaderNames.ContentDisposition,
        RequestQuotaMiddleware.PolicyHeader, RequestQuotaMiddleware.StateHeader,
    ];

    /// <summary>Scheme, a host name of at most 253 characters and a port: what an origin can be at most.</summary>
    public const int MaxOriginLength = 270;

    public static IServiceCollection AddPixyerCors(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CrossOriginOptions.Section).Get<CrossOriginOptions>() ?? new CrossOriginOptions();
        var origins = options.AllowedOrigins.Select(ValidOrigin).ToArray();
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowCredentials()
            .WithMethods(Methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(options.PreflightMaxAge)));
        return services;
    }

    private static string ValidOrigin(string configured)
    {
        if (configured.Contains('*', StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{CrossOriginOptions.Section}:AllowedOrigins may not contain '*': the API answers with credentials (the session cookie), " +
                "so each allowed origin must be named exactly, e.g. https://app.example.com.");
        }

        if (configured.Length > MaxOriginLength
            || !Uri.TryCreate(configured, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || configured.EndsWith('/')
            || uri.PathAndQuery != "/" || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new InvalidOperationException(
                $"{CrossOriginOptions.Section}:AllowedOrigins entry '{configured}' is not an origin: write the scheme, host and " +
                "optional port only, without path or trailing slash, e.g. https://app.example.com.");
        }

        // As a browser writes it in the Origin header: lower-case host, no default port.
        return uri.GetLeftPart(UriPartial.Authority);
    }
}
