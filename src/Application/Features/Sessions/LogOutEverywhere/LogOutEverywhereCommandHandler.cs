using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Sessions.LogOutEverywhere;

public sealed class LogOutEverywhereCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<LogOutEverywhereCommand, SessionsRevoked>
{
    public async ValueTask<SessionsRevoked> Handle(LogOutEverywhereCommand command, CancellationToken cancellationToken) =>
        new(await SessionRevocation.RevokeAllAsync(db, actor.RequiredAccountId, keep: null, clock.GetUtcNow(), cancellationToken));
}
