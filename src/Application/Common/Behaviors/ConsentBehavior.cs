using Mediator;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;
using Pixyer.Application.Common.Telemetry;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// A request that declares a consent purpose runs only with the caller's current grant (obligation G4); the
/// ledger is read on every such request, never cached, so a withdrawal bites on the very next one. Without a grant the request is
/// refused (403 <c>consent-required</c>), or, for droppable telemetry, answered as usual with nothing stored.
/// </summary>
public sealed class ConsentBehavior<TMessage, TResponse>(
    IConsentCheck consents, ICurrentActor actor, IRequestContext request, PixyerMetrics metrics)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (RequestDescriptor<TMessage>.Consent is not { } consent)
        {
            return await next(message, cancellationToken);
        }

        var subject = new ConsentSubject(actor.AccountId, actor.AccountId is null ? request.VisitorId : null);
        if (await consents.IsGrantedAsync(subject, consent.Purpose, cancellationToken))
        {
            return await next(message, cancellationToken);
        }

        if (consent.Droppable && Unit.Value is TResponse dropped)
        {
            metrics.ConsentDenied(consent.Purpose, dropped: true);
            return dropped;
        }

        metrics.ConsentDenied(consent.Purpose, dropped: false);

        throw new ConsentRequiredException(consent.Purpose);
    }
}
