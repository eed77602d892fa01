using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Inquiries;

/// <summary>
/// One message of an inquiry's thread (C7): the person's or staff's. Staff may mark theirs as a verification question,
/// the information the policy says may be asked to confirm who is writing.
/// </summary>
public sealed class InquiryMessage
{
    public const int TextMaxLength = 5000;

    private InquiryMessage()
    {
    }

    public InquiryMessageId Id { get; private set; }

    public InquiryId InquiryId { get; private set; }

    /// <summary>The staff member who wrote it; none for the person's own messages (or once that staff member is erased).</summary>
    public AccountId? StaffAuthorId { get; private set; }

    public bool FromStaff { get; private set; }

    public bool IsVerificationQuestion { get; private set; }

    [PersonalData]
    public string Text { get; private set; } = "";

    public string? AttachmentKey { get; private set; }

    public string? AttachmentContentType { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    internal static InquiryMessage FromCustomer(InquiryId inquiry, string text, InquiryAttachment? attachment, DateTimeOffset now) =>
        Write(inquiry, null, false, false, text, attachment, now);

    internal static InquiryMessage FromStaffMember(
        InquiryId inquiry, AccountId staff, bool verificationQuestion, string text, InquiryAttachment? attachment, DateTimeOffset now) =>
        Write(inquiry, staff, true, verificationQuestion, text, attachment, now);

    private static InquiryMessage Write(
        InquiryId inquiry, AccountId? staff, bool fromStaff, bool verificationQuestion, string text, InquiryAttachment? attachment, DateTimeOffset now) =>
        new()
        {
            Id = InquiryMessageId.New(),
            InquiryId = inquiry,
            StaffAuthorId = staff,
            FromStaff = fromStaff,
            IsVerificationQuestion = verificationQuestion,
            Text = text.Trim(),
            AttachmentKey = attachment?.FileKey,
            AttachmentContentType = attachment?.ContentType,
            SentAt = now,
        };
}
