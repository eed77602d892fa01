using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Pixyer.Api.Errors;

namespace Pixyer.Api.Http;

/// <summary>
/// Obligation P1: per-client request limits. Every request counts against the general allowance of its client (the
/// signed-in account, else the address); the endpoints that guess passwords or create accounts (and guardian
/// requests and anonymous inquiries, which like registration store what anyone sends and mail any address) and the
/// anonymous public reads also count against a stricter allowance per address.
/// </summary>
public static class RateLimiting
{
    public const string RequestsPolicy = "requests";
    public const string LoginPolicy = "login";
    public const string RegisterPolicy = "register";
    public const string PublicReadPolicy = "public-read";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddPixyerRateLimiting(this IServiceCollection services) =>
        services.AddSingleton<RequestQuotas>();

    /// <summary>Counts the endpoint's requests against the named stricter allowance too.</summary>
    public static TBuilder RequireQuota<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestQuotaMetadata(policy));

    public static QuotaPolicy Policy(this HttpOptions http, string name) => new(name, name switch
    {
        RequestsPolicy => http.RequestsPerMinute,
        LoginPolicy => http.LoginRequestsPerMinute,
        RegisterPolicy => http.RegistrationsPerMinute,
        PublicReadPolicy => http.PublicReadsPerMinute,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such request quota."),
    }, Window);

    public static Task RejectAsync(HttpContext context, QuotaState exhausted)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Seconds(exhausted.ResetAfter);
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.ForStatus(StatusCodes.Status429TooManyRequests),
                Title = "Too many requests",
                Detail = "Too many requests from this client; try again later.",
            },
        }).AsTask();
    }

    /// <summary>Whole seconds, rounded up: a client that waits this long finds the window renewed.</summary>
    public static string Seconds(TimeSpan span) =>
        ((long)Math.Ceiling(Math.Max(0, span.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
}

/// <summary>Endpoint metadata naming the stricter allowance an endpoint's requests also count against.</summary>
public sealed record RequestQuotaMetadata(string Policy);
