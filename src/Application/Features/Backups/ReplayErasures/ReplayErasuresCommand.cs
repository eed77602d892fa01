using Mediator;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Backups.ReplayErasures;

/// <summary>
/// Obligation R3: one batch of a restored backup's replay: the next <see cref="BatchSize"/> ledger entries erased
/// since the backup was taken are erased again through every personal-data source, in this command's transaction,
/// and the backup's cursor moves past them. A batch a crash interrupted rolls back whole and is simply run again.
/// </summary>
[Access(Roles.PrivacyOfficer | Roles.Admin)]
[Processing(ProcessingPurpose.LegalCompliance, LegalBasis.LegalObligation, DataCategory.Identity)]
public sealed record ReplayErasuresCommand(Guid BackupId) : ICommand<ReplayBatch>
{
    public const int BatchSize = 500;
}

/// <summary>How many subjects this batch erased again; <c>Done</c>: the replay has reached the end of the ledger.</summary>
public sealed record ReplayBatch(int ErasedAgain, bool Done);
