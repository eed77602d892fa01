using Mediator;
using Pixyer.Application.Common.Exceptions;
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
        var access = RequestDescriptor<TMessage>.Access;
        switch (access.Level)
        {
            case AccessLevel.Anonymous:
                break;
            case AccessLevel.System when !actor.IsSystem:
                throw new ForbiddenException("Only the system may do this.");
            case AccessLevel.Authenticated or AccessLevel.Roles when !actor.IsAuthenticated:
                throw new UnauthenticatedException();
            case AccessLevel.Roles when (actor.Roles & access.Roles) == 0:
                throw new ForbiddenException();
        }

        return next(message, cancellationToken);
    }
}
