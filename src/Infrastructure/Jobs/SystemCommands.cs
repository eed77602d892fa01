using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Pixyer.Application.Common.Security;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// How jobs act: a fresh scope whose caller is the system, and every change through the mediator, so that jobs
/// get the same validation, audit and transaction rules as requests.
/// </summary>
public sealed class SystemCommands(IServiceScopeFactory scopes)
{
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    public async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, cancellationToken);
    }
}
