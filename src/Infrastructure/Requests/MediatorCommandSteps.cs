using Mediator;
using Pixyer.Application.Common.Requests;

namespace Pixyer.Infrastructure.Requests;

public sealed class MediatorCommandSteps(ISender sender) : ICommandSteps
{
    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken) =>
        sender.Send(command, cancellationToken).AsTask();
}
