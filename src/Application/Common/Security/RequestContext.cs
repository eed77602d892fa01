namespace Pixyer.Application.Common.Security;

public sealed class RequestContext : IRequestContext
{
    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");

    public string? IdempotencyKey { get; set; }

    public string ClientKey { get; set; } = "local";

    public string? ClientIp { get; set; }

    public Guid? VisitorId { get; set; }

    public string Device { get; set; } = "Unknown";

    public bool IsReplay { get; set; }
}
