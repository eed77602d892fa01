using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Exports.AnyExportDue;
using Pixyer.Application.Features.Exports.BuildExportArchive;
using Pixyer.Application.Features.Exports.ClaimExport;
using Pixyer.Application.Features.Exports.CompleteExport;
using Pixyer.Application.Features.Exports.RecordExportFailure;
using Pixyer.Application.Features.Exports.RenewExportLease;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Builds requested data exports (obligation G3), one at a time, each step a mediator request in a scope of its own:
/// claim the export (a short transaction), write its archive (no transaction stays open while it is written;
/// progress is committed after each source), then mark it ready and queue the owner's mail (one
/// transaction). While it works, the worker renews its lease (<see cref="LeaseHeartbeat"/>); a worker that dies
/// mid-export loses the archive in hand: once the lease runs out, another claim starts it again from scratch.
/// </summary>
public sealed class ExportWorker(
    SystemCommands system, IOptions<InfrastructureOptions> options, IHostApplicationLifetime lifetime, ILogger<ExportWorker> logger)
{
    /// <summary>
    /// Works until no export is due or the app is stopping, naming its claims <paramref name="workerName"/> (its
    /// node); returns how many exports it took off the queue.
    /// </summary>
    public async Task<int> RunAsync(string workerName, CancellationToken cancellationToken)
    {
        var lease = options.Value.Jobs.ExportLease;
        return await ClaimLoop.RunAsync(
            lifetime,
            () => system.QueryAsync(new AnyExportDueQuery(), cancellationToken),
            () => system.SendAsync(new ClaimExportCommand(workerName, lease), cancellationToken),
            claim => claim.Failed ? Task.CompletedTask : BuildAsync(claim, lease, cancellationToken));
    }

    private async Task BuildAsync(ExportClaim claim, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            await LeaseHeartbeat.RunAsync(
                lease,
                () => system.SendAsync(new RenewExportLeaseCommand(claim.ExportId, claim.Attempt, lease), CancellationToken.None),
                async working =>
                {
                    var archive = await system.SendAsync(new BuildExportArchiveCommand(claim.ExportId, claim.Attempt), working);
                    await system.SendAsync(new CompleteExportCommand(claim.ExportId, claim.Attempt, archive.Key, archive.Length), working);
                },
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The log names the type only, as a message may quote data; a cancellation (shutdown) records nothing.
            logger.LogWarning(
                "Export {ExportId} failed on attempt {Attempt}: {ErrorType}", claim.ExportId, claim.Attempt, exception.GetType().Name);
            await system.SendAsync(new RecordExportFailureCommand(claim.ExportId, claim.Attempt), CancellationToken.None);
        }
    }
}
