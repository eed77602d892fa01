using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Sessions.GetCurrentSession;

public sealed class GetCurrentSessionQueryHandler(IAppDbContext db, ICurrentActor actor, ISecretTokens tokens)
    : IQueryHandler<GetCurrentSessionQuery, CurrentSession>
{
    public async ValueTask<CurrentSession> Handle(GetCurrentSessionQuery query, CancellationToken cancellationToken)
    {
        var sessionId = actor.SessionId ?? throw new UnauthenticatedException();
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, cancellationToken);
        return new CurrentSession(
            session.Id.Value, session.AccountId.Value, session.CreatedAt, session.ExpiresAt, SessionCsrf.TokenFor(tokens, query.SessionToken));
    }
}
