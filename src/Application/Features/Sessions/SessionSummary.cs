namespace Pixyer.Application.Features.Sessions;

public sealed record SessionSummary(
    Guid Id, string Device, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, bool Current);
