using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Email;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Outbox;

/// <summary>Queues outbound messages in the current command's transaction.</summary>
public interface IOutbox
{
    void EnqueueEmail(EmailMessage message, Guid? subjectId);

    /// <summary>Queues a mail that needs <paramref name="purpose"/>; it is cancelled if the consent is withdrawn first.</summary>
    void EnqueueEmail(EmailMessage message, Guid subjectId, ConsentPurpose purpose);

    /// <summary>Queues a signed audit checkpoint for an HTTP witness; it names no person.</summary>
    void EnqueueCheckpoint(WitnessedCheckpoint checkpoint);
}
