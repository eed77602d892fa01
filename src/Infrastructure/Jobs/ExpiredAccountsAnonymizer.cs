using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Retention.AnonymizeExpiredAccounts;
using Pixyer.Application.Features.Retention.ReclaimErasedRows;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Anonymizes every account whose retention ran out (R2), batch after batch, each batch its own command and so its
/// own transaction, until none is due or the node is stopping; <c>Pixyer:Jobs:AnonymizationWorkers</c> batches at once
/// on PostgreSQL, each selecting accounts the others have not locked. Nothing is remembered between batches: after a crash
/// the next run selects what is still due and goes on. Every run that was not stopped ends with one physical reclaim of
/// the erased tables, which also covers batches of an earlier run that a crash cut short.
/// </summary>
public sealed class ExpiredAccountsAnonymizer(SystemCommands system, IOptions<InfrastructureOptions> options, IHostApplicationLifetime lifetime)
{
    /// <summary>Returns how many accounts this run anonymized.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var command = new AnonymizeExpiredAccountsCommand(
            options.Value.Jobs.AnonymizationBatchSize ?? AnonymizeExpiredAccountsCommand.DefaultBatchSize);
        var workers = Enumerable.Range(0, options.Value.Jobs.AnonymizationWorkers).Select(_ => EraseBatchesAsync(command, cancellationToken));
        var anonymized = await Task.WhenAll(workers);

        if (!Stopping(cancellationToken))
        {
            await system.SendAsync(new ReclaimErasedRowsCommand(), cancellationToken);
        }

        return anonymized.Sum();
    }

    private async Task<int> EraseBatchesAsync(AnonymizeExpiredAccountsCommand command, CancellationToken cancellationToken)
    {
        var anonymized = 0;
        AnonymizationReport report;
        do
        {
            report = await system.SendAsync(command, cancellationToken);
            anonymized += report.Anonymized;
        }
        while (report.MoreRemain && !Stopping(cancellationToken));

        return anonymized;
    }

    private bool Stopping(CancellationToken cancellationToken) =>
        lifetime.ApplicationStopping.IsCancellationRequested || cancellationToken.IsCancellationRequested;
}
