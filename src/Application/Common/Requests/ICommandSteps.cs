using Mediator;

namespace Pixyer.Application.Common.Requests;

/// <summary>
/// Sends the steps of a process too large for one transaction (a restored backup's replay of erasures, batch after
/// batch) one after another, each a command through the whole pipeline in the caller's scope: each commits and is
/// audited on its own, as the caller. Never from inside a handler, whose scope's change tracker and commit hooks the
/// step would share; a handler that must commit as it goes has a port of its own that opens a fresh scope
/// (<see cref="PersonalData.IExportProgress"/>).
/// </summary>
public interface ICommandSteps
{
    Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken);
}
