namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// Per-item claims for the workers of every node: locks one row until the open transaction ends, skipping a row
/// another transaction holds (PostgreSQL's <c>FOR UPDATE SKIP LOCKED</c>) instead of waiting for it. SQLite has
/// one writer at a time, so there the transaction alone is the claim.
/// </summary>
public interface IRowClaims
{
    /// <summary>True when this transaction now holds the row of <typeparamref name="TEntity"/> keyed <paramref name="id"/>.</summary>
    Task<bool> TryLockAsync<TEntity>(Guid id, CancellationToken cancellationToken)
        where TEntity : class;

}
