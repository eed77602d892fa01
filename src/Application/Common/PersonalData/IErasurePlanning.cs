namespace Pixyer.Application.Common.PersonalData;

/// <summary>
/// How the database plans an erasure's set-based statements, each naming the whole batch of subjects. PostgreSQL plans
/// a statement for its parameters' values: for an array of 20,000 ids it estimates each id in turn (about as long as
/// an empty table takes to delete from), and then expects 20,000 rows and reads a whole table of accounts rather than
/// its index (<c>bench --scenarios anonymize</c>). An erasure finds its rows by the subject's column, which is indexed.
/// </summary>
public interface IErasurePlanning
{
    /// <summary>
    /// Runs the erasure's <paramref name="statements"/> planned for any batch, not for this batch's ids; the statements
    /// after them (the ledger, the audit entry) are planned as usual again. A failed statement leaves the setting to the
    /// transaction's rollback.
    /// </summary>
    Task PlanForAnyBatchAsync(Func<Task> statements, CancellationToken cancellationToken);
}
