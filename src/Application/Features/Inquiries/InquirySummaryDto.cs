using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

/// <summary>An inquiry in a list: no thread, no name or address.</summary>
public sealed record InquirySummaryDto(
    Guid Id,
    [property: WireNameOf<InquiryKind>] string Kind,
    [property: WireNameOf<InquiryStatus>] string Status,
    [property: MaxLength(Inquiry.SubjectMaxLength)] string? Subject,

    Guid? RequesterId,
    Guid? AssigneeId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    bool Overdue) : IHasAuditSubject
{
    [JsonIgnore]
    Guid? IHasAuditSubject.AuditSubjectId => RequesterId;

    public static InquirySummaryDto Of(Inquiry inquiry, DateTimeOffset now) =>
        new(
            inquiry.Id.Value,
            WireNames.Of(inquiry.Kind),
            WireNames.Of(inquiry.Status),
            inquiry.Subject,
            inquiry.RequesterId?.Value,
            inquiry.AssigneeId?.Value,
            inquiry.ReceivedAt,
            inquiry.Deadline?.DueAt,
            inquiry.Deadline?.IsOverdueAt(now) ?? false);
}
