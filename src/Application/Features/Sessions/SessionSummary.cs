using System.ComponentModel.DataAnnotations;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Sessions;

public sealed record SessionSummary(
    Guid Id,
    [property: MaxLength(Session.DeviceMaxLength)] string Device,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset ExpiresAt,
    bool Current);
