using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Sessions;

namespace Pixyer.Application.Features.Sessions.ListMySessions;

public sealed class ListMySessionsQueryHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListMySessionsQuery, Paged<SessionSummary>>
{
    public async ValueTask<Paged<SessionSummary>> Handle(ListMySessionsQuery query, CancellationToken cancellationToken)
    {
        var accountId = actor.RequiredAccountId;
        var current = actor.SessionId;
        var page = await db.Sessions.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            .Where(Session.ActiveAt(clock.GetUtcNow()))
            .OrderByDescending(s => s.LastSeenAt)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(s => new SessionSummary(s.Id.Value, s.Device, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.Id == current));
    }
}
