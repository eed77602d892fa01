using Mediator;

namespace Pixyer.Application.Common.Behaviors;

/// <summary>
/// Work the unit of work runs in a request's transaction once the handler has answered: a step adds its rows to the
/// pending changes, which are saved and committed with the handler's, or rolled back with them. Steps run in the order
/// they are registered (<see cref="DependencyInjection"/>).
/// </summary>
public interface IPreCommitStep
{
    void BeforeCommit<TMessage, TResponse>(TMessage message, TResponse response)
        where TMessage : notnull, IMessage;
}
