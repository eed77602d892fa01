using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// Erasure through every registered source (G2, G5, A2, R2, R3), for a deletion, an anonymization batch or the
/// replay after a restore alike: set-based, inside the caller's transaction, and idempotent, so that a run a crash
/// interrupted is simply run again. It never names a feature: a new source is erased from the day it is registered.
/// Once the transaction has committed, the erased rows are physically reclaimed (<see cref="IPhysicalErasure"/>); a run of
/// batches (retention) reclaims once, at its end.
/// </summary>
public sealed class SubjectErasure(
    IEnumerable<IPersonalDataSource> sources, IErasureLedger ledger, IErasurePlanning planning, IPhysicalErasure physical, CommitHooks hooks)
{
    /// <summary>The categories an erasure erases, sorted: every source's but those of retained data.</summary>
    public IReadOnlyList<string> Categories =>
        sources.Where(s => !RetainedData.Holds(s)).Select(s => s.Category).Order(StringComparer.Ordinal).ToList();

    /// <summary>Erases the subjects' data and records them in the ledger; the rows are reclaimed once this commits.</summary>
    public async Task EraseAsync(IReadOnlyCollection<AccountId> subjects, ErasureReason reason, CancellationToken cancellationToken)
    {
        await EraseBatchAsync(subjects, reason, cancellationToken);
        ReclaimAfterCommit();
    }

    /// <summary>
    /// Erases one batch of a run and records it in the ledger, leaving the reclaim to the run's end
    /// (<see cref="ReclaimAsync"/>): a reclaim vacuums every erased table whole, so fifty batches would pay it fifty times.
    /// </summary>
    public async Task EraseBatchAsync(IReadOnlyCollection<AccountId> subjects, ErasureReason reason, CancellationToken cancellationToken)
    {
        await EraseRowsAsync(subjects, cancellationToken);
        await ledger.RecordAsync(subjects, reason, cancellationToken);
    }

    /// <summary>Erases the subjects' data without a new ledger entry: the replay of earlier erasures after a restore.</summary>
    public async Task EraseAgainAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        await EraseRowsAsync(subjects, cancellationToken);
        ReclaimAfterCommit();
    }

    /// <summary>Reclaims every table an erasure erases, outside any transaction; false when the database could not finish it now.</summary>
    public Task<bool> ReclaimAsync(CancellationToken cancellationToken) => physical.ReclaimAsync(ErasedEntities, cancellationToken);

    /// <summary>What every source still links to the subject.</summary>
    public async Task<IReadOnlyList<RemainingData>> FindRemainingAsync(AccountId subject, CancellationToken cancellationToken)
    {
        var remaining = new List<RemainingData>();
        foreach (var source in sources)
        {
            remaining.AddRange(await source.FindRemainingAsync(subject, cancellationToken));
        }

        return remaining;
    }

    // Retained data (the audit of account operations, the ledger) is not erased, so its tables have nothing to reclaim.
    private List<Type> ErasedEntities => sources.Where(s => !RetainedData.Holds(s)).SelectMany(s => s.EntityTypes).Distinct().ToList();

    private async Task EraseRowsAsync(IReadOnlyCollection<AccountId> subjects, CancellationToken cancellationToken)
    {
        await planning.PlanForAnyBatchAsync(
            async () =>
            {
                foreach (var source in sources)
                {
                    await source.EraseAsync(subjects, cancellationToken);
                }
            },
            cancellationToken);
    }

    private void ReclaimAfterCommit() => hooks.OnCommitted(ReclaimAsync);
}
