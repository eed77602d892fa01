using System.Text.Json;
using Mediator;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Auditing;
using Pixyer.Domain.Idempotency;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// Innermost: one transaction holds the handler's changes, its outbox rows, its idempotency record and its audit
/// entry; any failure rolls all of them back. The audit chain's lock is taken after the handler's writes, right
/// before the audit insert, so that writers wait on each other as briefly as possible.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(
    IAppDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail trail,
    ICurrentActor actor,
    IRequestContext request,
    PendingIdempotency pending,
    TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!AuditSubject.IsAudited(message, actor))
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        var subject = AuditSubject.Of(message, response, actor);
        var now = clock.GetUtcNow();
        if (pending.Current is { } key)
        {
            db.IdempotencyRecords.Add(IdempotencyRecord.Create(
                key.ScopeId, key.Key, key.RequestName, key.RequestHash, subject,
                JsonSerializer.Serialize(response, JsonSerializerOptions.Web), now));
        }

        await trail.AppendAsync(
            new AuditRecord(
                now,
                actor.AccountId?.Value,
                actor.Role,
                subject,
                RequestDescriptor<TMessage>.Name,
                AuditOutcome.Succeeded,
                null,
                request.CorrelationId),
            cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return response;
    }
}
