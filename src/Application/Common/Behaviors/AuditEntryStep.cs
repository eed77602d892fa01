using Mediator;
using Pixyer.Application.Common.Auditing;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Auditing;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// The audit entry of a request that succeeded, one more insert in its transaction: unsequenced and lock-free, so
/// audited commands never wait on each other (the sequencer integrates the entry into the log later). The unit of
/// work runs it for audited requests only; failures are audited by <see cref="AuditFailureBehavior{TMessage,TResponse}"/>.
/// </summary>
public sealed class AuditEntryStep(IAuditTrail trail, ICurrentActor actor, IRequestContext request, TimeProvider clock) : IPreCommitStep
{
    public void BeforeCommit<TMessage, TResponse>(TMessage message, TResponse response)
        where TMessage : notnull, IMessage =>
        trail.Append(
            new AuditRecord(
                clock.GetUtcNow(),
                actor.AccountId?.Value,
                actor.Role,
                AuditSubject.Of(message, response, actor),
                RequestDescriptor<TMessage>.Name,
                AuditOutcome.Succeeded,
                null,
                request.CorrelationId));
}
