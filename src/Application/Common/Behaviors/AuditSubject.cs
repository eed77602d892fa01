using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Common.Behaviors;

internal static class AuditSubject
{
    /// <summary>The person a request is about: named by the request or its response, else the caller.</summary>
    public static Guid? Of(object message, object? response, ICurrentActor actor) =>
        (message as IHasAuditSubject)?.AuditSubjectId
        ?? (response as IHasAuditSubject)?.AuditSubjectId
        ?? actor.AccountId?.Value;

    /// <summary>
    /// Commands are audited, except those without a transaction (<see cref="NoTransactionAttribute"/>), whose changes
    /// the commands they commit through are audited for; queries only when staff read someone else's data. An audited
    /// query that names no subject reads many people's data (the whole audit trail, the training set), which is never
    /// only the caller's.
    /// </summary>
    public static bool IsAudited<TMessage>(TMessage message, ICurrentActor actor)
        where TMessage : notnull =>
        (RequestDescriptor<TMessage>.IsCommand && !RequestDescriptor<TMessage>.RunsWithoutTransaction)
        || (message is IAuditedQuery query && query.AuditSubjectId != actor.AccountId?.Value);
}
