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
/// before the audit insert, so that writers wait on each other as briefly as possible. Then the
/// <see cref="TransactionCallbacks"/> of the outcome run.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(
    IAppDbContext db,
    IUnitOfWork unitOfWork,
    IAuditTrail trail,
    ICurrentActor actor,
    IRequestContext request,
    PendingIdempotency pending,
    TransactionCallbacks callbacks,
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

        TResponse response;
        var committing = false;
        try
        {
            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            response = await next(message, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await AppendAsync(message, response, cancellationToken);
            committing = true;
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (Exception) when (!committing)
        {
            // The transaction is disposed, hence rolled back, by now.
            await callbacks.RunRolledBackAsync();
            throw;
        }

        await callbacks.RunCommittedAsync();
        return response;
    }

    /// <summary>The idempotency record and the audit entry, in the command's transaction.</summary>
    private async Task AppendAsync(TMessage message, TResponse response, CancellationToken cancellationToken)
    {
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
    }
}
