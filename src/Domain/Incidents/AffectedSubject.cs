using Pixyer.Domain.Accounts;
using Pixyer.Domain.Outbox;

namespace Pixyer.Domain.Incidents;

/// <summary>
/// A person an incident affected, as the server's selection found them at declaration, and how they were told: by
/// mail (<see cref="MailMessageId"/>) or, without a verified address, by the public notice only.
/// </summary>
public sealed class AffectedSubject
{
    private AffectedSubject()
    {
    }

    public IncidentId IncidentId { get; private set; }

    public AccountId SubjectId { get; private set; }

    /// <summary>When the person was told (mail queued, or left to the public notice); null until then.</summary>
    public DateTimeOffset? NotifiedAt { get; private set; }

    public OutboxMessageId? MailMessageId { get; private set; }

    public static AffectedSubject Of(IncidentId incident, AccountId subject) => new() { IncidentId = incident, SubjectId = subject };

    public void Mailed(OutboxMessageId message, DateTimeOffset now)
    {
        MailMessageId = message;
        NotifiedAt = now;
    }

    public void LeftToPublicNotice(DateTimeOffset now) => NotifiedAt = now;
}
