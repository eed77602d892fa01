namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// Erasure verification's search of the whole database: every text column of every table, except the tables
/// retained after erasure (<c>[RetainedAfterErasure]</c>), for any of the values (case-insensitive substring).
/// </summary>
public interface IPersonalDataScan
{
    /// <summary>Each <c>table.column</c> where one of <paramref name="values"/> still appears.</summary>
    Task<IReadOnlyList<string>> FindAsync(IReadOnlyCollection<string> values, CancellationToken cancellationToken);
}
