using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Pixyer.Api.Errors;

namespace Pixyer.Api.Http;

/// <summary>
/// Obligation P1: per-client request limits on the endpoints that guess passwords or create accounts (and guardian
/// requests, which like registration store what anyone sends and mail any address), and on the anonymous public reads.
/// </summary>
public static class RateLimiting
{
    public const string LoginPolicy = "login";
    public const string RegisterPolicy = "register";
    public const string PublicReadPolicy = "public-read";

    public static IServiceCollection AddPixyerRateLimiting(this IServiceCollection services, HttpOptions http)
    {
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(LoginPolicy, context => PerClient(context, http.LoginRequestsPerMinute));
            o.AddPolicy(RegisterPolicy, context => PerClient(context, http.RegistrationsPerMinute));
            o.AddPolicy(PublicReadPolicy, context => PerClient(context, http.PublicReadsPerMinute));
            o.OnRejected = async (rejection, cancellationToken) =>
            {
                var context = rejection.HttpContext;
                var retryAfter = rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Type = ProblemTypes.ForStatus(StatusCodes.Status429TooManyRequests),
                        Title = "Too many requests",
                        Detail = "Too many requests from this client; try again later.",
                    },
                });
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
