using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Outbox;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Operations.GetQueueDepths;

public sealed class GetQueueDepthsQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetQueueDepthsQuery, QueueDepths>
{
    public async ValueTask<QueueDepths> Handle(GetQueueDepthsQuery query, CancellationToken cancellationToken)
    {
        var generations = await db.GenerationJobs.CountAsync(
            j => j.Status == GenerationStatus.Queued || j.Status == GenerationStatus.Running, cancellationToken);
        var exports = await db.DataExports.CountAsync(
            e => e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running, cancellationToken);
        var erasures = await db.DeletionRequests.CountAsync(
            d => d.Status == DeletionStatus.Received || d.Status == DeletionStatus.Erased, cancellationToken);
        var outbox = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        var unsequenced = db.AuditEntries.Where(e => e.Sequence == null);
        var waiting = await unsequenced.CountAsync(cancellationToken);
        // Position is the commit order, so the first unsequenced one is the oldest.
        var oldest = await unsequenced.OrderBy(e => e.Position).Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var lag = oldest is { } since ? clock.GetUtcNow() - since : TimeSpan.Zero;
        return new QueueDepths(generations, exports, erasures, outbox, waiting, lag < TimeSpan.Zero ? TimeSpan.Zero : lag);
    }
}
