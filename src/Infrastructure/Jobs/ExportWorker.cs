using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Exports.AnyExportDue;
using Pixyer.Application.Features.Exports.BuildExportArchive;
using Pixyer.Application.Features.Exports.ClaimExport;
using Pixyer.Application.Features.Exports.CompleteExport;
using Pixyer.Application.Features.Exports.RecordExportFailure;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Builds requested data exports (obligation G3), one at a time, each step a mediator request in a scope of its own:
/// claim the export (a short transaction), write its archive (no transaction stays open while it is written;
/// progress is committed after each source), then mark it ready and queue the owner's mail (one
/// transaction). A worker that stops mid-export loses the archive in hand: once the lease runs out, another claim
/// starts it again from scratch.
/// </summary>
public sealed class ExportWorker(
    SystemCommands system, IOptions<InfrastructureOptions> options, IHostApplicationLifetime lifetime, ILogger<ExportWorker> logger)
{
    /// <summary>Works until no export is due or the app is stopping; returns how many exports it took off the queue.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var lease = options.Value.Jobs.ExportLease;
        return await ClaimLoop.RunAsync(
            lifetime,
            () => system.QueryAsync(new AnyExportDueQuery(), cancellationToken),
            () => system.SendAsync(new ClaimExportCommand(lease), cancellationToken),
            claim => claim.Failed ? Task.CompletedTask : BuildAsync(claim, cancellationToken));
    }

    private async Task BuildAsync(ExportClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            var archive = await system.SendAsync(new BuildExportArchiveCommand(claim.ExportId, claim.Attempt), cancellationToken);
            await system.SendAsync(new CompleteExportCommand(claim.ExportId, claim.Attempt, archive.Key, archive.Length), cancellationToken);
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
