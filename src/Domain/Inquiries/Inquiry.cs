using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Rights;

namespace Pixyer.Domain.Inquiries;

/// <summary>
/// A question, complaint, privacy request or after-sales request to the operator (C7, Q1, U4), with its thread of
/// messages. A signed-in person's inquiry names their account; an anonymous one names the person and their address,
/// and reaches staff only once that address is verified. Its response deadline is a <see cref="RightsRequest"/> of
/// kind <c>inquiry</c> sharing its id, started when staff can see it and stopped by the first staff answer. After the
/// person's erasure a complaint's record stays for its legal period: kind, status and dates, under a pseudonym.
/// </summary>
[RetainedAfterErasure(
    "complaints",
    "A complaint's existence and handling are kept for the legal period (Q1): kind, status and dates under a pseudonym; no text, name, address or account id.")]
public sealed class Inquiry
{
    public const int SubjectMaxLength = 200;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;

    /// <summary>The messages a thread holds, the first one included; a longer conversation goes on in a new inquiry.</summary>
    public const int MaxMessages = 200;

    private readonly List<InquiryMessage> messages = [];

    private Inquiry()
    {
    }

    public InquiryId Id { get; private set; }

    public InquiryKind Kind { get; private set; }

    public InquiryStatus Status { get; private set; }

    /// <summary>The signed-in person who wrote it; none for an anonymous inquiry, or once the person is erased.</summary>
    public AccountId? RequesterId { get; private set; }

    [PersonalData]
    public string? RequesterName { get; private set; }

    [PersonalData]
    public string? RequesterEmail { get; private set; }

    [PersonalData]
    public string? Subject { get; private set; }

    /// <summary>An anonymous requester's address confirmed through the mailed link; signed-in requesters need none.</summary>
    public DateTimeOffset? EmailVerifiedAt { get; private set; }

    /// <summary>Replaces the requester's account id in a complaint kept after their erasure: links their complaints, names nobody.</summary>
    public Guid? Pseudonym { get; private set; }

    public AccountId? AssigneeId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The response deadline, once staff can see the inquiry.</summary>
    public RightsRequest? Deadline { get; private set; }

    public IReadOnlyList<InquiryMessage> Messages => messages;

    public bool ReachesStaff => RequesterId is not null || EmailVerifiedAt is not null;

    public static Inquiry FromAccount(AccountId requester, InquiryKind kind, string subject, string message, TimeSpan responsePeriod, DateTimeOffset now)
    {
        var inquiry = Receive(kind, subject, message, now);
        inquiry.RequesterId = requester;
        inquiry.StartClock(responsePeriod, now);
        return inquiry;
    }

    public static Inquiry FromAnonymous(string name, string email, InquiryKind kind, string subject, string message, DateTimeOffset now)
    {
        var inquiry = Receive(kind, subject, message, now);
        inquiry.RequesterName = name.Trim();
        inquiry.RequesterEmail = email.Trim();
        return inquiry;
    }

    /// <summary>The anonymous requester opened the mailed link: the inquiry joins the staff queue and its clock starts.</summary>
    public void VerifyEmail(TimeSpan responsePeriod, DateTimeOffset now)
    {
        if (EmailVerifiedAt is not null || RequesterId is not null)
        {
            return;
        }

        EmailVerifiedAt = now;
        StartClock(responsePeriod, now);
    }

    /// <summary>The person writes again: a thread staff answered or asked back about is open again.</summary>
    public InquiryMessage AddCustomerMessage(string text, InquiryAttachment? attachment, DateTimeOffset now)
    {
        CheckRoomForAMessage();
        if (Status != InquiryStatus.Open)
        {
            Status = InquiryStatus.Open;
        }

        return Add(InquiryMessage.FromCustomer(Id, text, attachment, now));
    }

    /// <summary>
    /// Staff answer, which stops the response clock, or ask back (a verification question among others), which waits
    /// on the person and leaves the clock running.
    /// </summary>
    public InquiryMessage AddStaffMessage(AccountId staff, string text, bool verificationQuestion, InquiryAttachment? attachment, DateTimeOffset now)
    {
        CheckRoomForAMessage();
        Status = verificationQuestion ? InquiryStatus.WaitingOnCustomer : InquiryStatus.Answered;
        if (!verificationQuestion)
        {
            Deadline?.Close(now);
        }

        return Add(InquiryMessage.FromStaffMember(Id, staff, verificationQuestion, text, attachment, now));
    }

    public void AssignTo(AccountId? staff)
    {
        BusinessRules.Check(new InquiryClosedRule(this));
        AssigneeId = staff;
    }

    public void MoveTo(InquiryStatus status, DateTimeOffset now)
    {
        BusinessRules.Check(new InquiryTransitionRule(Status, status));
        Status = status;
        if (status == InquiryStatus.Closed)
        {
            ClosedAt = now;
            Deadline?.Close(now);
        }
    }

    /// <summary>What a complaint's record keeps once its requester is forgotten: kind, status and dates, under a pseudonym.</summary>
    public void KeepUnderPseudonym(Guid pseudonym)
    {
        RequesterId = null;
        Pseudonym = pseudonym;
        Subject = null;
        RequesterName = null;
        RequesterEmail = null;
    }

    private static Inquiry Receive(InquiryKind kind, string subject, string message, DateTimeOffset now)
    {
        var inquiry = new Inquiry { Id = InquiryId.New(), Kind = kind, Status = InquiryStatus.Open, Subject = subject.Trim(), ReceivedAt = now };
        inquiry.Add(InquiryMessage.FromCustomer(inquiry.Id, message, null, now));
        return inquiry;
    }

    private void StartClock(TimeSpan responsePeriod, DateTimeOffset now) =>
        Deadline = RightsRequest.Open(RightsRequestId.Tracking(Id), RightsRequestKind.Inquiry, RequesterId, now, responsePeriod);

    private void CheckRoomForAMessage()
    {
        BusinessRules.Check(new InquiryClosedRule(this));
        BusinessRules.Check(new CountLimitRule(
            "inquiry-message-limit", $"An inquiry holds at most {MaxMessages} messages; write a new one.", messages.Count, MaxMessages));
    }

    private InquiryMessage Add(InquiryMessage message)
    {
        messages.Add(message);
        return message;
    }
}
