using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Sessions.RevokeSession;

public sealed class RevokeSessionCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RevokeSessionCommand>
{
    public async ValueTask<Unit> Handle(RevokeSessionCommand command, CancellationToken cancellationToken)
    {
        var accountId = actor.RequiredAccountId;
        var sessionId = new SessionId(command.SessionId);
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.AccountId == accountId, cancellationToken)
            ?? throw new NotFoundException("session");
        session.Revoke(clock.GetUtcNow());
        return Unit.Value;
    }
}
