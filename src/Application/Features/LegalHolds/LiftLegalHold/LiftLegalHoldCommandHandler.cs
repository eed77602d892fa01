using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.LegalHolds.LiftLegalHold;

public sealed class LiftLegalHoldCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<LiftLegalHoldCommand, LegalHoldDto>
{
    public async ValueTask<LegalHoldDto> Handle(LiftLegalHoldCommand command, CancellationToken cancellationToken)
    {
        var subject = new AccountId(command.SubjectId);
        var hold = await db.LegalHolds.FirstOrDefaultAsync(h => h.SubjectId == subject && h.LiftedAt == null, cancellationToken)
            ?? throw new NotFoundException("active legal hold");
        hold.Lift(command.Reason, actor.RequiredAccountId, clock.GetUtcNow());
        // A deletion that waited for the hold goes back to the erasure job (G6).
        var waiting = await db.DeletionRequests.Where(d => d.SubjectId == subject && d.Status == DeletionStatus.OnHold).ToListAsync(cancellationToken);
        waiting.ForEach(d => d.Resume());
        return LegalHoldDto.Of(hold);
    }
}
