using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Outbox;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Privacy;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.BusinessTransfers.NotifyTransferredSubjects;

public sealed class NotifyTransferredSubjectsCommandHandler(
    IAppDbContext db, IOutbox outbox, IOptions<PixyerOptions> options, IOptions<PrivacyControllerOptions> controller, TimeProvider clock)
    : ICommandHandler<NotifyTransferredSubjectsCommand, TransferNoticeReport>
{
    /// <summary>Notices per command: each is an outbox row held in memory until the commit.</summary>
    public const int BatchSize = 500;

    public async ValueTask<TransferNoticeReport> Handle(NotifyTransferredSubjectsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var batch = await db.BusinessTransferSubjects
            .Where(s => s.NotifiedAt == null)
            .OrderBy(s => s.TransferId).ThenBy(s => s.SubjectId)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var transferIds = batch.Select(s => s.TransferId).Distinct().ToList();
        var transfers = await db.BusinessTransfers.AsNoTracking().Where(t => transferIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var subjectIds = batch.Select(s => s.SubjectId).Distinct().ToList();
        var addresses = await db.Accounts.AsNoTracking()
            .Where(a => subjectIds.Contains(a.Id) && a.Status != AccountStatus.Erased && a.EmailVerifiedAt != null)
            .Select(a => new { a.Id, a.Email, a.Username })
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        var notice = new BusinessTransferNotice(options.Value, controller.Value.OperatorName);
        var mailed = 0;
        foreach (var subject in batch)
        {
            if (addresses.TryGetValue(subject.SubjectId, out var account))
            {
                subject.Notified(outbox.EnqueueEmail(notice.For(transfers[subject.TransferId], account.Email, account.Username), account.Id.Value), now);
                mailed++;
            }
            else
            {
                subject.Notified(null, now);
            }
        }

        return new TransferNoticeReport(mailed, batch.Count - mailed, batch.Count == BatchSize);
    }
}
