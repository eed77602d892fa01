using Mediator;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// Audits refused and failed requests in a transaction of their own. It sits right inside logging, so that a
/// request refused by validation or authorization is audited too; successes are audited by the unit of work, in
/// the request's own transaction.
/// </summary>
public sealed class AuditFailureBehavior<TMessage, TResponse>(IAuditTrail trail, ICurrentActor actor, IRequestContext request, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception) when (AuditSubject.IsAudited(message, actor))
        {
            var problem = Problems.Classify(exception);
            await trail.AppendInOwnTransactionAsync(
                new AuditRecord(
                    clock.GetUtcNow(),
                    actor.AccountId?.Value,
                    actor.Role,
                    AuditSubject.Of(message, null, actor),
                    RequestDescriptor<TMessage>.Name,
                    problem.IsClientError ? AuditOutcome.Refused : AuditOutcome.Failed,
                    problem.ProblemType,
                    request.CorrelationId),
                CancellationToken.None);
            throw;
        }
    }
}
