using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.PersonalData;

internal sealed class ErasureLedger(PixyerDbContext db, TimeProvider clock) : IErasureLedger
{
    /// <summary>The rows are added to the context; the unit of work commits them with the erasure.</summary>
    public Task RecordAsync(IReadOnlyCollection<AccountId> subjects, ErasureReason reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        db.ErasureLedger.AddRange(subjects.Select(subject => ErasureLedgerEntry.Record(subject, reason, now)));
        return Task.CompletedTask;
    }
}
