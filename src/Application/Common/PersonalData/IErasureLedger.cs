using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Common.PersonalData;

/// <summary>The erasure ledger (R3): the ids of erased subjects, to erase them again after a backup is restored.</summary>
public interface IErasureLedger
{
    /// <summary>Adds the subjects inside the open transaction, in one statement per batch.</summary>
    Task RecordAsync(IReadOnlyCollection<AccountId> subjects, ErasureReason reason, CancellationToken cancellationToken);
}
