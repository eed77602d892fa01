using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Email;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Common.Outbox;

/// <summary>Queues outbound messages in the current command's transaction.</summary>
public interface IOutbox
{
    /// <summary>Queues an operational mail (U8), which no consent withdrawal cancels; answers the message's id.</summary>
    Guid EnqueueEmail(EmailMessage message, Guid? subjectId);

    /// <summary>Queues a mail that needs <paramref name="purpose"/>; it is cancelled if the consent is withdrawn first.</summary>
    void EnqueueEmail(EmailMessage message, Guid subjectId, ConsentPurpose purpose);

    /// <summary>
    /// Queues the deletion of an erased person's customer record at the payment gateway. It names the gateway's id only,
    /// no person, so the erasure need not wait for it and leaves nothing that links to the subject.
    /// </summary>
    void EnqueueGatewayCustomerDeletion(string gatewayCustomerId);

    /// <summary>Queues a signed audit checkpoint for an HTTP witness; it names no person.</summary>
    void EnqueueCheckpoint(WitnessedCheckpoint checkpoint);
}
