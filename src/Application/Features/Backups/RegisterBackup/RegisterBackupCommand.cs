using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Backups.RegisterBackup;

/// <summary>
/// Obligation R3: staff register a backup that was taken, with when it expires, so that a restore can be followed
/// by the replay of later erasures and the backup is purged from the register when it expires.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record RegisterBackupCommand(string? Label, DateTimeOffset? TakenAt, DateTimeOffset? ExpiresAt) : ICommand<BackupDto>;
