namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// How the database plans an erasure's set-based statements, each naming the whole batch of subjects. PostgreSQL plans
/// a statement for its parameters' values: given an array of 20,000 ids, it expects 20,000 rows and prefers to read the
/// whole table, so every batch of a 1,000,000-account anonymization read all the accounts again
/// (<c>bench --scenarios anonymize</c>). An erasure finds its rows by the subject's column, which is indexed.
/// </summary>
public interface IErasurePlanning
{
    /// <summary>For the rest of the open transaction, the erasure's statements look the subjects up by index.</summary>
    Task LookUpSubjectsByIndexAsync(CancellationToken cancellationToken);
}
