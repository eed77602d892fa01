using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.PersonalData;
using Pixyer.Application.Features.LegalHolds;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Retention.AnonymizeExpiredAccounts;

public sealed class AnonymizeExpiredAccountsCommandHandler(IAppDbContext db, ILegalHolds holds, SubjectErasure erasure, TimeProvider clock)
    : ICommandHandler<AnonymizeExpiredAccountsCommand, AnonymizationReport>
{
    public async ValueTask<AnonymizationReport> Handle(AnonymizeExpiredAccountsCommand command, CancellationToken cancellationToken)
    {
        // One statement: the hold and the pending deletion are NOT EXISTS on indexed subject columns, not a check per
        // subject; one row more than the batch says whether another batch is due. The accounts stay locked until this
        // batch commits, and a batch erased at the same time by another worker skips them.
        var due = await holds.ExceptHeld(db.Accounts.AsNoTracking().Where(Account.DueForAnonymization(clock.GetUtcNow())))
            .Where(a => !db.DeletionRequests.Any(d => d.SubjectId == a.Id
                && (d.Status == DeletionStatus.Received || d.Status == DeletionStatus.OnHold)))
            .OrderBy(a => a.RetentionClockStartedAt)
            .Select(a => a.Id)
            .Take(command.BatchSize + 1)
            .ForUpdateSkipLocked()
            .ToListAsync(cancellationToken);
        var batch = due.Take(command.BatchSize).ToList();
        if (batch.Count > 0)
        {
            await erasure.EraseBatchAsync(batch, ErasureReason.Anonymization, cancellationToken);
        }

        return new AnonymizationReport(batch.Count, due.Count > command.BatchSize);
    }
}
