using Pixyer.Domain.Common;
using Pixyer.Domain.Consents;

namespace Pixyer.Domain.Outbox;

/// <summary>
/// An outbound message written in the same transaction as the change that causes it, and delivered later by a
/// job, so that a crash neither loses it nor sends it for a change that rolled back.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 10;
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromHours(1);

    private OutboxMessage()
    {
    }

    public OutboxMessageId Id { get; private set; }

    public string Kind { get; private set; } = "";

    public Guid? SubjectId { get; private set; }

    /// <summary>The consent this message depends on (marketing mail); withdrawing it cancels the message.</summary>
    public ConsentPurpose? ConsentPurpose { get; private set; }

    /// <summary>The message's content; cleared once it is delivered, so the outbox keeps no copy of a mail.</summary>
    [PersonalData]
    public string Payload { get; private set; } = "";

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The exception type of the last failed attempt; never its message, which may quote an address.</summary>
    public string? LastError { get; private set; }

    public static OutboxMessage Create(
        string kind, Guid? subjectId, string payload, DateTimeOffset now, ConsentPurpose? consentPurpose = null) =>
        new()
        {
            Id = OutboxMessageId.New(),
            Kind = kind,
            SubjectId = subjectId,
            ConsentPurpose = consentPurpose,
            Payload = payload,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };

    public void MarkSent(DateTimeOffset now)
    {
        Status = OutboxStatus.Sent;
        Attempts++;
        CompletedAt = now;
        Payload = "";
        LastError = null;
    }

    public void MarkAttemptFailed(string errorType, DateTimeOffset now)
    {
        Attempts++;
        LastError = errorType;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            CompletedAt = now;
            Payload = "";
            return;
        }

        var delay = FirstRetryDelay * Math.Pow(2, Attempts - 1);
        NextAttemptAt = now + (delay < LongestRetryDelay ? delay : LongestRetryDelay);
    }

    public void Cancel(DateTimeOffset now)
    {
        Status = OutboxStatus.Cancelled;
        CompletedAt = now;
        Payload = "";
    }
}
