using Mediator;
using Pixyer.Application.Common.Requests;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>Enforces the request's declared <see cref="AccessAttribute"/>: 401 when not signed in, 403 without the role.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentActor actor) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (AccessCheck.Refusal(RequestDescriptor<TMessage>.Access, actor) is { } refusal)
        {
            throw refusal;
        }

        return next(message, cancellationToken);
    }
}
