using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Outbox;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Deletion.NextErasureStep;

public sealed class NextErasureStepQueryHandler(IAppDbContext db) : IQueryHandler<NextErasureStepQuery, ErasureStep?>
{
    /// <summary>Deletion requests are few; the received ones are read in pages of this size.</summary>
    private const int Candidates = 50;

    public async ValueTask<ErasureStep?> Handle(NextErasureStepQuery query, CancellationToken cancellationToken)
    {
        var busy = query.Busy.Select(id => new DeletionRequestId(id)).ToList();
        var erased = await db.DeletionRequests.AsNoTracking()
            .Where(d => d.Status == DeletionStatus.Erased && !busy.Contains(d.Id))
            .OrderBy(d => d.RequestedAt)
            .Select(d => new { d.Id })
            .FirstOrDefaultAsync(cancellationToken);
        if (erased is not null)
        {
            return new ErasureStep(erased.Id.Value, ErasureStepKind.Certify);
        }

        var received = await db.DeletionRequests.AsNoTracking()
            .Where(d => d.Status == DeletionStatus.Received && !busy.Contains(d.Id))
            .OrderBy(d => d.RequestedAt)
            .Select(d => new { d.Id, d.SubjectId })
            .Take(Candidates)
            .ToListAsync(cancellationToken);
        var subjects = received.Select(r => (Guid?)r.SubjectId.Value).ToArray();
        var mailing = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && subjects.Contains(m.SubjectId))
            .Select(m => m.SubjectId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return received.Where(r => !mailing.Contains(r.SubjectId.Value)).Select(r => new ErasureStep(r.Id.Value, ErasureStepKind.Erase)).FirstOrDefault();
    }
}
