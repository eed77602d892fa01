using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Backups.PurgeExpiredBackups;

/// <summary>
/// Obligation R3, run daily: backups past their expiry leave the register (the copies themselves are destroyed by
/// the operators' backup tooling by the same date; the audit trail keeps that the purge ran), and the erasure
/// ledger is pruned of the entries no restore can need any more, per <see cref="Domain.Backups.Backup.LedgerHorizon"/>:
/// entries erased before the oldest unexpired backup was taken AND before the maximum backup age
/// (<c>Pixyer:Backups:MaxAge</c>), so a backup registered late still finds every erasure since it was taken.
/// </summary>
[Access(AccessLevel.System)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record PurgeExpiredBackupsCommand : ICommand<BackupPurgeReport>;

public sealed record BackupPurgeReport(int BackupsPurged, int LedgerEntriesPruned);
