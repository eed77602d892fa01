using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Common.Telemetry;

namespace Pixyer.Api.Http;

/// <summary>
/// Takes each request routed to an endpoint from its client's allowances (<see cref="RateLimiting"/>), answers 429
/// with <c>Retry-After</c> once one is used up, and tells the client where it stands on every response with the
/// IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers-09):
/// <c>RateLimit-Policy: "requests";q=600;w=60</c> and <c>RateLimit: "requests";r=599;t=42</c>.
/// </summary>
public sealed class RequestQuotaMiddleware(RequestDelegate next, RequestQuotas quotas, IOptions<HttpOptions> options, PixyerMetrics metrics)
{
    public const string PolicyHeader = "RateLimit-Policy";
    public const string StateHeader = "RateLimit";

    public Task InvokeAsync(HttpContext context, ICurrentActor actor)
    {
        if (context.GetEndpoint() is not { } endpoint)
        {
            return next(context);
        }

        var http = options.Value;
        var address = "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        var client = actor.AccountId is { } account ? "account:" + account.Value : address;
        List<QuotaState> states = [quotas.Take(http.Policy(RateLimiting.RequestsPolicy), client)];
        if (endpoint.Metadata.GetMetadata<RequestQuotaMetadata>() is { } stricter)
        {
            states.Add(quotas.Take(http.Policy(stricter.Policy), address));
        }

        // At the start of the response, whichever middleware writes it: an error handler clears headers set earlier.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[PolicyHeader] = string.Join(", ", states.Select(s => $"\"{s.Policy.Name}\";q={s.Policy.Limit};w={(int)s.Policy.Window.TotalSeconds}"));
            context.Response.Headers[StateHeader] = string.Join(", ", states.Select(s => $"\"{s.Policy.Name}\";r={s.Remaining};t={RateLimiting.Seconds(s.ResetAfter)}"));
            return Task.CompletedTask;
        });

        if (states.Find(s => !s.Allowed) is not { } exhausted)
        {
            return next(context);
        }

        metrics.RateLimitRejected(exhausted.Policy.Name);
        return RateLimiting.RejectAsync(context, exhausted);
    }
}
