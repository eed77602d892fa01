using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Generations.AnyGenerationDue;
using Pixyer.Application.Features.Generations.ClaimGeneration;
using Pixyer.Application.Features.Generations.DiscloseGenerationInput;
using Pixyer.Application.Features.Generations.RecordGenerationFailure;
using Pixyer.Application.Features.Generations.RenderGenerationFormat;
using Pixyer.Application.Features.Generations.RenewGenerationLease;
using Pixyer.Application.Features.Generations.StoreGeneratedAsset;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Renders queued generation jobs (obligations C3, U2), one job and one format at a time, each step a mediator
/// request in a scope of its own: claim the job (a short transaction), then per format record the disclosure when
/// the generator is an external provider (committed before the photo is sent), render it (no transaction is open
/// while the image is drawn or a provider answers) and store the asset with the job's progress (one
/// transaction). While it works, the worker renews its lease (<see cref="LeaseHeartbeat"/>); a worker that dies
/// mid-job loses at most the format in hand: once its lease runs out, another claim resumes with the formats that
/// have no asset. Each node runs several of these side by side (<see cref="QueueWorkerPool"/>).
/// </summary>
public sealed class GenerationWorker(
    SystemCommands system, IOptions<InfrastructureOptions> options, IHostApplicationLifetime lifetime, ILogger<GenerationWorker> logger)
{
    /// <summary>
    /// Works until no job is due, or the app is stopping, naming its claims <paramref name="workerName"/> (its node) (the job in hand is finished first, so that shutting down
    /// does not leave it to wait for its lease); returns how many jobs it took off the queue (rendered, retried
    /// later, or failed).
    /// </summary>
    public async Task<int> RunAsync(string workerName, CancellationToken cancellationToken)
    {
        var lease = options.Value.Jobs.GenerationLease;
        return await ClaimLoop.RunAsync(
            lifetime,
            () => system.QueryAsync(new AnyGenerationDueQuery(), cancellationToken),
            () => system.SendAsync(new ClaimGenerationCommand(workerName, lease), cancellationToken),
            claim => claim.FailedAs is null ? RenderAsync(claim, lease, cancellationToken) : Task.CompletedTask);
    }

    private async Task RenderAsync(GenerationClaim claim, TimeSpan lease, CancellationToken cancellationToken)
    {
        try
        {
            await LeaseHeartbeat.RunAsync(
                lease,
                () => system.SendAsync(new RenewGenerationLeaseCommand(claim.JobId, claim.Attempt, lease), CancellationToken.None),
                working => RenderFormatsAsync(claim, lease, working),
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Recorded on the job, which is retried or fails for good; the log names the type only, as a message may
            // quote data. A cancellation (shutdown) records nothing: the lease runs out and another worker resumes.
            logger.LogWarning(
                "Generation job {JobId} failed on attempt {Attempt}: {ErrorType}", claim.JobId, claim.Attempt, exception.GetType().Name);
            await system.SendAsync(new RecordGenerationFailureCommand(claim.JobId, claim.Attempt), CancellationToken.None);
        }
    }

    private async Task RenderFormatsAsync(GenerationClaim claim, TimeSpan lease, CancellationToken cancellationToken)
    {
        foreach (var format in claim.RemainingFormats)
        {
            if (claim.DisclosesTo is { } recipient)
            {
                await system.SendAsync(new DiscloseGenerationInputCommand(claim.JobId, claim.Attempt, format, recipient), cancellationToken);
            }

            var rendered = await system.SendAsync(new RenderGenerationFormatCommand(claim.JobId, claim.Attempt, format), cancellationToken);
            await system.SendAsync(new StoreGeneratedAssetCommand(claim.JobId, claim.Attempt, rendered, lease), cancellationToken);
        }
    }
}
