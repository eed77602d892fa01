namespace Pixyer.Application.Common.Security;

/// <summary>Facts about the transport a request came by, set by the HTTP pipeline.</summary>
public interface IRequestContext
{
    string CorrelationId { get; }

    string? IdempotencyKey { get; }

    /// <summary>A keyed hash of the client's IP address: enough to throttle, useless to locate anyone.</summary>
    string ClientKey { get; }

    /// <summary>The client's address, for truncated evidence (consent); never stored whole here.</summary>
    string? ClientIp { get; }

    /// <summary>The anonymous visitor id from the essential visitor cookie, when the browser has one.</summary>
    Guid? VisitorId { get; }

    /// <summary>Browser family and OS from the User-Agent, for the session list.</summary>
    string Device { get; }

    /// <summary>Set when a response is replayed from an idempotency record rather than produced anew.</summary>
    bool IsReplay { get; set; }
}
