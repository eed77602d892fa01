using System.Text.Json;
using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Idempotency;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// Stores an idempotent command's response under its key in the command's own transaction, so that a crash can
/// neither lose the record nor let the command run twice (<see cref="IdempotencyBehavior{TMessage,TResponse}"/>
/// replays it).
/// </summary>
public sealed class IdempotencyRecordStep(
    IAppDbContext db, ICurrentActor actor, IRequestContext request, IKeyedHasher hasher, TimeProvider clock)
    : IPreCommitStep
{
    public void BeforeCommit<TMessage, TResponse>(TMessage message, TResponse response)
        where TMessage : notnull, IMessage
    {
        if (IdempotentRequest.Of(message, actor, request, hasher) is not { } key)
        {
            return;
        }

        db.IdempotencyRecords.Add(IdempotencyRecord.Create(
            key.ScopeId, key.Key, key.RequestName, key.RequestHash, AuditSubject.Of(message, response, actor),
            JsonSerializer.Serialize(response, JsonSerializerOptions.Web), clock.GetUtcNow()));
    }
}
