using Pixyer.Application.Common.Security;
using Pixyer.Domain.Auditing;
using Pixyer.Infrastructure.Devices;

namespace Pixyer.Api.Http;

/// <summary>Fills the scoped <see cref="RequestContext"/> from the transport: correlation id, idempotency key, client, device.</summary>
public sealed class RequestContextMiddleware(RequestDelegate next)
{
    public const string CorrelationHeader = "X-Correlation-Id";
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public Task InvokeAsync(HttpContext context, RequestContext request, IKeyedHasher hasher)
    {
        var correlation = context.Request.Headers[CorrelationHeader].ToString();
        request.CorrelationId = correlation.Length is > 0 and <= AuditEntry.CorrelationIdMaxLength && correlation.All(IsSafe)
            ? correlation
            : context.TraceIdentifier;
        request.IdempotencyKey = context.Request.Headers.TryGetValue(IdempotencyKeyHeader, out var key) ? key.ToString() : null;
        // The address is hashed at once: throttling needs to tell clients apart, not to know where they are.
        request.ClientIp = context.Connection.RemoteIpAddress?.ToString();
        request.ClientKey = hasher.Hash(request.ClientIp ?? "unknown");
        request.VisitorId = VisitorCookie.Read(context.Request);
        request.Device = UserAgentParser.Describe(context.Request.Headers.UserAgent);

        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationHeader] = request.CorrelationId;
            if (request.IsReplay)
            {
                context.Response.Headers[ReplayedHeader] = "true";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
