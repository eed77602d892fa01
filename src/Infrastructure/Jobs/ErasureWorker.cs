using Microsoft.Extensions.Hosting;
using Pixyer.Application.Features.Deletion.CertifyErasure;
using Pixyer.Application.Features.Deletion.EraseSubject;
using Pixyer.Application.Features.Deletion.NextErasureStep;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Carries deletion requests through (G2, G5, G6, A2): each step a mediator request in a scope of its own, asked for
/// by <see cref="NextErasureStepQuery"/> until nothing is due. Every step changes the request's status, so the loop
/// ends; a step that fails ends the run (the job's run records it) and the next run takes it up again.
/// </summary>
public sealed class ErasureWorker(SystemCommands system, IHostApplicationLifetime lifetime)
{
    /// <summary>Returns how many steps it took.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var steps = 0;
        while (!lifetime.ApplicationStopping.IsCancellationRequested
               && await system.QueryAsync(new NextErasureStepQuery(), cancellationToken) is { } step)
        {
            await (step.Kind == ErasureStepKind.Erase
                ? system.SendAsync(new EraseSubjectCommand(step.RequestId), cancellationToken)
                : system.SendAsync(new CertifyErasureCommand(step.RequestId), cancellationToken));
            steps++;
        }

        return steps;
    }
}
