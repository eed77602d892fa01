using System.Text.Json;
using Pixyer.Application.Common.Email;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Outbox;

namespace Pixyer.Application.Common.Outbox;

public sealed class Outbox(IAppDbContext db, TimeProvider clock) : IOutbox
{
    public void EnqueueEmail(EmailMessage message, Guid? subjectId) =>
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.Email, subjectId, JsonSerializer.Serialize(message), clock.GetUtcNow()));
}
