using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;

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
        return LegalHoldDto.Of(hold);
    }
}
