using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixyer.Application.Features.Retention.AnonymizeExpiredAccounts;
using Pixyer.Application.Features.Retention.ReclaimErasedRows;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.Jobs;

/// <summary>
/// Anonymizes every account whose retention ran out (R2), batch after batch, each batch its own command and so its
/// own transaction, until none is due or the node is stopping; <c>Pixyer:Jobs:AnonymizationWorkers</c> batches at once
/// on PostgreSQL, each selecting accounts the others have not locked. Nothing is remembered between batches: after a crash
/// the next run selects what is still due and goes on. Every run that was not stopped ends with one physical reclaim of
/// the erased tables, which also covers batches of an earlier run that a crash cut short.
/// </summary>
public sealed class ExpiredAccountsAnonymizer(
    SystemCommands system, IOptions<InfrastructureOptions> options, IHostApplicationLifetime lifetime, ILogger<ExpiredAccountsAnonymizer> logger)
{
    /// <summary>
    /// Two: a batch spends about half its time waiting on PostgreSQL, so a second one keeps the API and the database
    /// busy at once; a third gained nothing on two cores (<c>bench --scenarios anonymize</c>).
    /// </summary>
    public const int PostgreSqlDefaultWorkers = 2;

    // A batch rolled back to end a deadlock is erased again at once; a third deadlock in a row is a failure, not chance.
    private const int AttemptsPerBatch = 3;

    /// <summary>Returns how many accounts this run anonymized.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var command = new AnonymizeExpiredAccountsCommand(
            options.Value.Jobs.AnonymizationBatchSize ?? AnonymizeExpiredAccountsCommand.DefaultBatchSize);
        var workers = Enumerable.Range(0, options.Value.Jobs.AnonymizationWorkers ?? 1).Select(_ => EraseBatchesAsync(command, cancellationToken));
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
            report = await EraseBatchAsync(command, cancellationToken);
            anonymized += report.Anonymized;
        }
        while (report.MoreRemain && !Stopping(cancellationToken));

        return anonymized;
    }

    /// <summary>
    /// Batches erased at once can each hold a row the other must change, such as two inquiries that each name a person
    /// of both batches; PostgreSQL then rolls one back. Its accounts are free again, so the same command selects and
    /// erases them anew.
    /// </summary>
    private async Task<AnonymizationReport> EraseBatchAsync(AnonymizeExpiredAccountsCommand command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await system.SendAsync(command, cancellationToken);
            }
            catch (Exception exception) when (attempt < AttemptsPerBatch && DatabaseConflicts.IsDeadlock(exception))
            {
                logger.LogWarning("An anonymization batch was rolled back to end a deadlock with another batch; erasing it again (attempt {Attempt}).", attempt + 1);
            }
        }
    }

    private bool Stopping(CancellationToken cancellationToken) =>
        lifetime.ApplicationStopping.IsCancellationRequested || cancellationToken.IsCancellationRequested;
}
