using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Email;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Common.Outbox;

/// <summary>Queues outbound messages in the current command's transaction.</summary>
public interface IOutbox
{
    /// <summary>Queues an operational mail (U8), which no consent withdrawal cancels; answers the message's id.</summary>
    OutboxMessageId EnqueueEmail(EmailMessage message, Guid? subjectId);

    /// <summary>Queues a mail that needs <paramref name="purpose"/>; it is cancelled if the consent is withdrawn first.</summary>
    OutboxMessageId EnqueueEmail(EmailMessage message, Guid subjectId, ConsentPurpose purpose);

    /// <summary>
    /// Queues the deletion of a person's customer record at the payment gateway; the payload is the gateway's id only.
    /// With <paramref name="subjectId"/> (an account being closed) the erasure waits until it is sent; without (queued
    /// by the erasure itself) it links to nobody.
    /// </summary>
    void EnqueueGatewayCustomerDeletion(string gatewayCustomerId, Guid? subjectId);

    /// <summary>Queues a signed audit checkpoint for an HTTP witness; it names no person.</summary>
    void EnqueueCheckpoint(WitnessedCheckpoint checkpoint);
}
