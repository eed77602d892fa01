using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries;

/// <summary>A thread as staff work it: who wrote it (account, or the name and address an anonymous person gave) and the thread.</summary>
public sealed record StaffInquiryDto(
    Guid? RequesterId,
    [property: MaxLength(Domain.Inquiries.Inquiry.NameMaxLength)] string? RequesterName,
    [property: MaxLength(Domain.Inquiries.Inquiry.EmailMaxLength)] string? RequesterEmail,
    InquiryDto Inquiry) : IHasAuditSubject

{
    [JsonIgnore]
    Guid? IHasAuditSubject.AuditSubjectId => RequesterId;

    public static StaffInquiryDto Of(Inquiry inquiry, DateTimeOffset now) =>
        new(inquiry.RequesterId?.Value, inquiry.RequesterName, inquiry.RequesterEmail, InquiryDto.Of(inquiry, now));
}
