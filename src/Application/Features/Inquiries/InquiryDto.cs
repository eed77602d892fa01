using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Imaging;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

/// <summary>
/// An inquiry with its thread, as its requester and staff read it; <c>dueAt</c> and <c>overdue</c> come from its
/// response deadline (none before an anonymous requester verified their address).
/// </summary>
public sealed record InquiryDto(
    Guid Id,
    [property: WireNameOf<InquiryKind>] string Kind,
    [property: WireNameOf<InquiryStatus>] string Status,
    [property: MaxLength(Inquiry.SubjectMaxLength)] string? Subject,
    bool Anonymous,
    bool EmailVerified,
    Guid? AssigneeId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    DateTimeOffset? ClosedAt,
    [property: MaxLength(Inquiry.MaxMessages)] IReadOnlyList<InquiryMessageDto> Messages)
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
public sealed record InquiryMessageDto(
    Guid Id,
    [property: WireNameOf<InquiryMessageSender>] string From,
    bool VerificationQuestion,
    [property: MaxLength(InquiryMessage.TextMaxLength)] string Text,
    [property: ImageContentType] string? AttachmentContentType,
    DateTimeOffset SentAt)
{
    public static InquiryMessageDto Of(InquiryMessage message) =>
        new(
            message.Id.Value,
            WireNames.Of(message.FromStaff ? InquiryMessageSender.Staff : InquiryMessageSender.Customer),
            message.IsVerificationQuestion,
            message.Text,
            message.AttachmentContentType,
            message.SentAt);
}

/// <summary>Who wrote a message of an inquiry's thread.</summary>
public enum InquiryMessageSender
{
    Customer,
    Staff,
}

