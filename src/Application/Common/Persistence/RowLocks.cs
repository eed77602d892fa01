using Microsoft.EntityFrameworkCore;

namespace Pixyer.Application.Common.Persistence;

/// <summary>
/// Row locks, which EF Core's LINQ cannot write: a query marked here is sent to PostgreSQL with the lock clause after
/// it, so that the rows it returns stay locked until the open transaction ends (the interceptor that appends the
/// clause is registered for PostgreSQL only). SQLite has one writer at a time, so there the transaction alone is the
/// lock. Mark simple single-table queries only: PostgreSQL refuses a lock clause with DISTINCT, GROUP BY or aggregates.
/// </summary>
public static class RowLocks
{
    /// <summary>The tag EF Core writes as the query's first comment line; see <see cref="ForUpdateSkipLocked{T}"/>.</summary>
    public const string SkipLockedTag = "pixyer:lock for update skip locked";

    /// <summary>The tag of <see cref="ForUpdate{T}"/>.</summary>
    public const string WaitTag = "pixyer:lock for update";

    /// <summary>
    /// Locks the rows returned, skipping (not waiting for) rows another transaction holds: with <c>ORDER BY ... LIMIT 1</c>
    /// a queue's next free item in one statement, so that workers on every node never take the same item.
    /// </summary>
    public static IQueryable<T> ForUpdateSkipLocked<T>(this IQueryable<T> query) => query.TagWith(SkipLockedTag);

    /// <summary>Locks the rows returned, waiting for a transaction that holds one of them to end.</summary>
    public static IQueryable<T> ForUpdate<T>(this IQueryable<T> query) => query.TagWith(WaitTag);
}
