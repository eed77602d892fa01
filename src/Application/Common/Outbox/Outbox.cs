using System.Text.Json;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Consents;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Common.Outbox;

public sealed class Outbox(IAppDbContext db, TimeProvider clock) : IOutbox
{
    public OutboxMessageId EnqueueEmail(EmailMessage message, Guid? subjectId) => Add(message, subjectId, null);

    public OutboxMessageId EnqueueEmail(EmailMessage message, Guid subjectId, ConsentPurpose purpose) => Add(message, subjectId, purpose);

    public void EnqueueGatewayCustomerDeletion(string gatewayCustomerId, Guid? subjectId) =>
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.GatewayCustomerDeletion, subjectId, gatewayCustomerId, clock.GetUtcNow()));

    public void EnqueueCheckpoint(WitnessedCheckpoint checkpoint) =>
        db.OutboxMessages.Add(
            OutboxMessage.Create(OutboxKinds.AuditCheckpoint, null, JsonSerializer.Serialize(checkpoint), clock.GetUtcNow()));

    private OutboxMessageId Add(EmailMessage message, Guid? subjectId, ConsentPurpose? purpose)
    {
        var queued = OutboxMessage.Create(OutboxKinds.Email, subjectId, JsonSerializer.Serialize(message), clock.GetUtcNow(), purpose);
        db.OutboxMessages.Add(queued);
        return queued.Id;
    }
}
