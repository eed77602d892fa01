using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Retention.ReclaimErasedRows;

/// <summary>
/// Obligations R2, G2: ends a retention run. The run's batches committed their erasure without the physical reclaim
/// each single erasure does; this reclaims every erased table once (PostgreSQL <c>VACUUM</c>, SQLite's checkpoint into
/// the secure-delete file), so that no old version of an anonymized row stays on disk. A run that a crash cut short is
/// reclaimed by the next run's end, as the reclaim is table-wide. Returns false when the database could not finish it
/// now (SQLite: a reader on an old snapshot). No transaction: <c>VACUUM</c> cannot run inside one.
/// </summary>
[Access(AccessLevel.System)]
[NoTransaction]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record ReclaimErasedRowsCommand : ICommand<bool>;
