namespace Pixyer.Api.Http;

/// <summary>Obligation P1: headers that keep browsers from sniffing, framing, caching or leaking what the API serves.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    private const string SwaggerPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    /// <summary>The privacy centre (wwwroot): its own scripts and styles only, nothing inline, nothing from elsewhere.</summary>
    public const string CentrePolicy =
        "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var swagger = path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase);
        var policy = swagger ? SwaggerPolicy
            : path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
              || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? ApiPolicy
            : CentrePolicy;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = policy;
            if (!swagger)
            {
                headers.CacheControl = "no-store";
            }

            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
