using Pixyer.Application.Common;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

/// <summary>
/// An inquiry with its thread, as its requester and staff read it; <c>dueAt</c> and <c>overdue</c> come from its
/// response deadline (none before an anonymous requester verified their address).
/// </summary>
public sealed record InquiryDto(
    Guid Id,
    string Kind,
    string Status,
    string? Subject,
    bool Anonymous,
    bool EmailVerified,
    Guid? AssigneeId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<InquiryMessageDto> Messages)
{
    public static InquiryDto Of(Inquiry inquiry, DateTimeOffset now) =>
        new(
            inquiry.Id.Value,
            WireNames.Of(inquiry.Kind),
            WireNames.Of(inquiry.Status),
            inquiry.Subject,
            inquiry.RequesterId is null,
            inquiry.ReachesStaff,
            inquiry.AssigneeId?.Value,
            inquiry.ReceivedAt,
            inquiry.Deadline?.DueAt,
            inquiry.Deadline?.IsOverdueAt(now) ?? false,
            inquiry.ClosedAt,
            inquiry.Messages.OrderBy(m => m.SentAt).ThenBy(m => m.Id.Value).Select(InquiryMessageDto.Of).ToList());
}

/// <summary>One message; <c>from</c> is <c>customer</c> or <c>staff</c>, and an attachment is fetched by the message's id.</summary>
public sealed record InquiryMessageDto(Guid Id, string From, bool VerificationQuestion, string Text, string? AttachmentContentType, DateTimeOffset SentAt)
{
    public static InquiryMessageDto Of(InquiryMessage message) =>
        new(message.Id.Value, message.FromStaff ? "staff" : "customer", message.IsVerificationQuestion, message.Text, message.AttachmentContentType, message.SentAt);
}
