using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Rights;

/// <summary>
/// One erased subject (obligation R3): the id and when, nothing else. After a backup older than the erasure is
/// restored, the ledger says whom to erase again.
/// </summary>
[RetainedAfterErasure("erasure-ledger", "Needed to erase the subject again if an older backup is restored (R3); the id only.")]
public sealed class ErasureLedgerEntry
{
    private ErasureLedgerEntry()
    {
    }

    public long Id { get; private set; }

    public AccountId SubjectId { get; private set; }

    public DateTimeOffset ErasedAt { get; private set; }

    public ErasureReason Reason { get; private set; }

    public static ErasureLedgerEntry Record(AccountId subject, ErasureReason reason, DateTimeOffset now) =>
        new() { SubjectId = subject, Reason = reason, ErasedAt = now };
}
