using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Backups.RestoreBackup;

/// <summary>
/// Obligation R3: records that a backup was restored and starts its replay over (see <see cref="BackupRestoration"/>).
/// An expired backup is refused: it should have been destroyed, and the ledger may no longer reach back to it.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record RestoreBackupCommand(Guid Id) : ICommand;
