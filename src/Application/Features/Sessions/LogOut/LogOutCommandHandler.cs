using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Sessions.LogOut;

public sealed class LogOutCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<LogOutCommand>
{
    public async ValueTask<Unit> Handle(LogOutCommand command, CancellationToken cancellationToken)
    {
        var sessionId = actor.SessionId ?? throw new UnauthenticatedException();
        var session = await db.Sessions.FirstAsync(s => s.Id == sessionId, cancellationToken);
        session.Revoke(clock.GetUtcNow());
        return Unit.Value;
    }
}
