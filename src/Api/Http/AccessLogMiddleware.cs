using Pixyer.Application.Common.AccessLog;
using Pixyer.Application.Common.Security;

namespace Pixyer.Api.Http;

/// <summary>
/// Keeps the access log of signed-in subjects (obligation C9): method, route template, status, client address and
/// User-Agent, never the raw path or query string. Anonymous requests leave no entry.
/// </summary>
public sealed class AccessLogMiddleware(RequestDelegate next, IAccessLogRecorder recorder, ILogger<AccessLogMiddleware> logger)
{
    public const string UnmatchedRoute = "unmatched";

    public Task InvokeAsync(HttpContext context, ICurrentActor actor)
    {
        if (actor.AccountId is { } subject)
        {
            // Taken now: on a failure the exception handler clears the endpoint before it writes the problem.
            var partial = new AccessRecord(
                subject,
                KnownMethod(context.Request.Method),
                RouteTemplate(context),
                context.Connection.RemoteIpAddress,
                context.Request.Headers.UserAgent.ToString(),
                StatusCode: 0);
            // Recorded as the response starts, the one moment the status is final whatever happened: an exception
            // only becomes its 4xx/5xx in the exception handler, outside this middleware. The entry is written
            // before the client sees the response.
            context.Response.OnStarting(() => RecordAsync(partial with { StatusCode = context.Response.StatusCode }));
        }

        return next(context);
    }

    private async Task RecordAsync(AccessRecord record)
    {
        try
        {
            await recorder.RecordAsync(record, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The request has been served; a log that cannot be written must not turn it into a failure. It is an
            // error for operations to see, with the route only (the address and device are personal data).
            logger.LogError(exception, "The access log could not record {Method} {Route}", record.Method, record.RouteTemplate);
        }
    }

    /// <summary>The matched endpoint's pattern (a group's "" route would keep the group's trailing slash).</summary>
    private static string RouteTemplate(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } pattern
            ? "/" + pattern.Trim('/')
            : UnmatchedRoute;

    /// <summary>The standard methods by name; anything else is "OTHER", so that a client cannot write arbitrary text here.</summary>
    private static string KnownMethod(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method)
        || HttpMethods.IsDelete(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
        || HttpMethods.IsTrace(method) || HttpMethods.IsConnect(method)
            ? method.ToUpperInvariant()
            : "OTHER";
}
