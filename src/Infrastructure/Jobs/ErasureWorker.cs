using Microsoft.Extensions.Hosting;
using Pixyer.Application.Features.Deletion.CertifyErasure;
using Pixyer.Application.Features.Deletion.EraseSubject;
using Pixyer.Application.Features.Deletion.NextErasureStep;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Carries deletion requests through (G2, G5, G6, A2): each step a mediator request in a scope of its own, asked for
/// by <see cref="NextErasureStepQuery"/> until nothing is due. A step is one transaction that holds its request's
/// row (skipped by the other workers, on every node, while it runs; released at once if this process dies). Every
/// step changes the request's status, so the loop ends; a step that fails ends the run, and a later one takes it up.
/// </summary>
public sealed class ErasureWorker(SystemCommands system, IHostApplicationLifetime lifetime)
{
    /// <summary>Returns how many steps it took, naming its node <paramref name="workerName"/> on each request it steps.</summary>
    public async Task<int> RunAsync(string workerName, CancellationToken cancellationToken)
    {
        var steps = 0;
        var busy = new HashSet<Guid>();
        while (!lifetime.ApplicationStopping.IsCancellationRequested
               && await system.QueryAsync(new NextErasureStepQuery(busy), cancellationToken) is { } step)
        {
            var progress = await (step.Kind == ErasureStepKind.Erase
                ? system.SendAsync(new EraseSubjectCommand(step.RequestId, workerName), cancellationToken)
                : system.SendAsync(new CertifyErasureCommand(step.RequestId, workerName), cancellationToken));
            if (progress is null)
            {
                busy.Add(step.RequestId);
                continue;
            }

            steps++;
        }

        return steps;
    }
}
