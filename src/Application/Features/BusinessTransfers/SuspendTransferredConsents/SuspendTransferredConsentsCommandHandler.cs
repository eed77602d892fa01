using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Consent;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Consents;
using Pixyer.Domain.BusinessTransfers;
using Pixyer.Domain.Consents;

namespace Pixyer.Application.Features.BusinessTransfers.SuspendTransferredConsents;

public sealed class SuspendTransferredConsentsCommandHandler(IAppDbContext db, ConsentLedger ledger, TimeProvider clock)
    : ICommandHandler<SuspendTransferredConsentsCommand, TransferEffectReport>
{
    /// <summary>Subjects per command: each costs a read of their consents and a lock when one is withdrawn.</summary>
    public const int BatchSize = 200;

    public async ValueTask<TransferEffectReport> Handle(SuspendTransferredConsentsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var effective = db.BusinessTransfers.Where(t => t.EffectiveAt <= now).Select(t => t.Id);
        var batch = await db.BusinessTransferSubjects
            .Where(s => s.TookEffectAt == null && effective.Contains(s.TransferId))
            .OrderBy(s => s.SubjectId).ThenBy(s => s.TransferId)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var transferIds = batch.Select(s => s.TransferId).Distinct().ToList();
        var transfers = await db.BusinessTransfers.AsNoTracking().Where(t => transferIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);

        var suspended = 0;
        foreach (var subject in batch)
        {
            suspended += await SuspendAsync(transfers[subject.TransferId], subject, cancellationToken);
            subject.TookEffect(now);
        }

        return new TransferEffectReport(batch.Count, suspended, batch.Count == BatchSize);
    }

    /// <summary>Withdraws the subject's grants of the changed purposes that were given for the old holder's processing.</summary>
    private async Task<int> SuspendAsync(BusinessTransfer transfer, BusinessTransferSubject subject, CancellationToken cancellationToken)
    {
        if (transfer.ChangedPurposes.Count == 0)
        {
            return 0;
        }

        var person = new ConsentSubject(subject.SubjectId, null);
        var current = await ledger.CurrentAsync(person, cancellationToken);
        var suspended = 0;
        foreach (var purpose in transfer.ChangedPurposes)
        {
            if (current.TryGetValue(purpose, out var choice) && choice.Granted && transfer.Suspends(choice.OccurredAt))
            {
                await ledger.RecordAsync(person, purpose, false, ConsentChannel.BusinessTransfer, cancellationToken);
                suspended++;
            }
        }

        return suspended;
    }
}
