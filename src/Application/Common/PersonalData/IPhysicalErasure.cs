namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// After an erasure has committed, removes the old versions of the erased rows that the database still keeps on
/// disk: SQLite checkpoints its write-ahead log into the (secure-delete) file and truncates it; PostgreSQL vacuums
/// the tables, so that dead tuples are gone from the heap. It runs outside any transaction.
/// </summary>
public interface IPhysicalErasure
{
    /// <summary>Reclaims the tables of <paramref name="erasedEntities"/>; false when the database could not finish it now.</summary>
    Task<bool> ReclaimAsync(IReadOnlyCollection<Type> erasedEntities, CancellationToken cancellationToken);
}
