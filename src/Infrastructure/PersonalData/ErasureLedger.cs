using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;
using Pixyer.Infrastructure.Persistence;

namespace Pixyer.Infrastructure.PersonalData;

/// <summary>
/// On PostgreSQL one <c>INSERT ... SELECT unnest(@ids)</c> per batch, in the open transaction: an anonymization batch
/// of thousands of subjects would otherwise be as many tracked entities and inserts. SQLite (a single node, small
/// data) adds the rows to the context and the unit of work commits them.
/// </summary>
internal sealed class ErasureLedger(PixyerDbContext db, TimeProvider clock) : IErasureLedger
{
    public async Task RecordAsync(IReadOnlyCollection<AccountId> subjects, ErasureReason reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (db.Provider != DatabaseProvider.PostgreSql)
        {
            db.ErasureLedger.AddRange(subjects.Select(subject => ErasureLedgerEntry.Record(subject, reason, now)));
            return;
        }

        var ids = subjects.Select(s => s.Value).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO erasure_ledger (subject_id, erased_at, reason) SELECT unnest({ids}), {now}, {reason.ToString()}",
            cancellationToken);
    }
}
