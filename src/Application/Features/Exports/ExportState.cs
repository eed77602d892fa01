using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports;

/// <summary>
/// An export as its owner follows it: <c>status</c> is <c>queued</c>, <c>running</c>, <c>ready</c>, <c>failed</c> or
/// <c>expired</c>; <c>downloadUrl</c> and <c>size</c> (bytes) are set while it is ready, until <c>expiresAt</c>.
/// </summary>
public sealed record ExportState(
    Guid Id, [property: WireNameOf<ExportStatus>] string Status, int Progress, DateTimeOffset RequestedAt, DateTimeOffset? ReadyAt, DateTimeOffset? ExpiresAt,
    long? Size, [property: MaxLength(ResourceLinks.ExportDownloadLength)] string? DownloadUrl);
