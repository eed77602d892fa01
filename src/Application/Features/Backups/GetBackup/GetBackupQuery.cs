using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Backups.GetBackup;

/// <summary>Obligation R3: one registered backup, with the erased subjects it still holds and its last restore.</summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.None)]
public sealed record GetBackupQuery(Guid Id) : IQuery<BackupDto>;
