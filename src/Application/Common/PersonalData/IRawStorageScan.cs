namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// Erasure verification below the database's view: the raw bytes of every file Pixyer writes under its data folder
/// (the SQLite file, its write-ahead log and rollback journal, the mail pickup folder, the file store, the keys),
/// searched for the values as a database or a mail would store them (UTF-8, letters in any case). On PostgreSQL the
/// heap is the server's: there the vacuum and the column scan (<see cref="IPersonalDataScan"/>) are the proof.
/// </summary>
public interface IRawStorageScan
{
    Task<RawStorageReport> ScanAsync(IReadOnlyCollection<string> values, CancellationToken cancellationToken);
}

/// <summary>What was read (each store with its byte count) and each file where one of the values was found.</summary>
public sealed record RawStorageReport(IReadOnlyList<string> Scanned, IReadOnlyList<string> Findings);
