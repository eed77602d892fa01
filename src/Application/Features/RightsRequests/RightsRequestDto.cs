using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests;

/// <summary>A rights request's deadline as staff see it: ids and dates only; <c>overdue</c> is open past its due date.</summary>
public sealed record RightsRequestDto(
    Guid Id,
    [property: WireNameOf<RightsRequestKind>] string Kind,
    Guid? SubjectId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ExtendedAt,
    [property: MaxLength(RightsRequest.ExtensionReasonMaxLength)] string? ExtensionReason,

    DateTimeOffset? ClosedAt,
    bool Overdue) : IHasAuditSubject
{
    [JsonIgnore]
    Guid? IHasAuditSubject.AuditSubjectId => SubjectId;

    public static RightsRequestDto Of(RightsRequest request, DateTimeOffset now) =>
        new(
            request.Id.Value,
            WireNames.Of(request.Kind),
            request.SubjectId?.Value,
            request.ReceivedAt,
            request.DueAt,
            request.ExtendedAt,
            request.ExtensionReason,
            request.ClosedAt,
            request.IsOverdueAt(now));
}
