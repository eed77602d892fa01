using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.LegalHolds;

namespace Pixyer.Application.Features.LegalHolds.PlaceLegalHold;

public sealed class PlaceLegalHoldCommandHandler(IAppDbContext db, ILegalHolds holds, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<PlaceLegalHoldCommand, LegalHoldDto>
{
    public async ValueTask<LegalHoldDto> Handle(PlaceLegalHoldCommand command, CancellationToken cancellationToken)
    {
        var subject = new AccountId(command.SubjectId);
        if (!await db.Accounts.AnyAsync(a => a.Id == subject, cancellationToken))
        {
            throw new NotFoundException("account");
        }

        // A concurrent second hold is refused by the unique index on active holds, also as a 409.
        if (await holds.IsOnHoldAsync(subject, cancellationToken))
        {
            throw new ConflictException("The subject is already on legal hold; lift that hold first.");
        }

        var hold = LegalHold.Place(subject, command.Reason, actor.RequiredAccountId, clock.GetUtcNow());
        db.LegalHolds.Add(hold);
        return LegalHoldDto.Of(hold);
    }
}
