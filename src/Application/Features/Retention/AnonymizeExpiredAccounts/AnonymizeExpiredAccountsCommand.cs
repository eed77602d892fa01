using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Retention.AnonymizeExpiredAccounts;

/// <summary>
/// Obligation R2, one batch: accounts whose 24-month retention clock (R1) has run out are anonymized through every
/// personal-data source, in this command's one transaction, and recorded in the erasure ledger (R3). Subjects on
/// legal hold (G6) wait, and so do those with a pending deletion request (its own job erases and certifies them).
/// The job sends it again while <see cref="AnonymizationReport.MoreRemain"/>: each batch commits on its own and the
/// next one is selected afresh, so a run a crash interrupted resumes where it stopped, with nothing half-done. The
/// erased rows are reclaimed once the run's batches are done (<see cref="ReclaimErasedRows.ReclaimErasedRowsCommand"/>).
/// </summary>
[Access(AccessLevel.System)]
[Processing(
    ProcessingPurpose.LegalCompliance,
    LegalBasis.LegalObligation,
    DataCategory.Identity,
    DataCategory.Contact,
    DataCategory.Credentials,
    DataCategory.DateOfBirth,
    DataCategory.Uploads,
    DataCategory.GeneratedAssets,
    DataCategory.DeviceAndAccess,
    DataCategory.Consents)]
public sealed record AnonymizeExpiredAccountsCommand(int BatchSize = AnonymizeExpiredAccountsCommand.DefaultBatchSize) : ICommand<AnonymizationReport>
{
    /// <summary>Measured with <c>bench --scenarios anonymize</c>; see bench/README.md.</summary>
    public const int DefaultBatchSize = 20_000;

    /// <summary>
    /// On SQLite each statement binds one parameter per id and costs far more per id in large batches: 10,000 accounts
    /// took 9.1 s in one batch of 20,000 and 1.7 s in batches of 1,000 (<c>bench --scenarios erasure</c>).
    /// </summary>
    public const int SqliteDefaultBatchSize = 1_000;

    /// <summary>Below SQLite's limit of 32,766 bound parameters per statement, which one id each would exceed.</summary>
    public const int MaxBatchSize = 30_000;
}

/// <summary>How many accounts this batch anonymized, and whether more are due now.</summary>
public sealed record AnonymizationReport(int Anonymized, bool MoreRemain);
