using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.RightsRequests.ListRightsRequests;

public sealed class ListRightsRequestsQueryHandler(IAppDbContext db, TimeProvider clock)
    : IQueryHandler<ListRightsRequestsQuery, Paged<RightsRequestDto>>
{
    public async ValueTask<Paged<RightsRequestDto>> Handle(ListRightsRequestsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var requests = db.RightsRequests.AsNoTracking();
        if (query.Overdue)
        {
            requests = requests.Where(r => r.ClosedAt == null && r.DueAt < now);
        }

        if (query.Kind is { } kind)
        {
            var wanted = WireNames.Parse<RightsRequestKind>(kind);
            requests = requests.Where(r => r.Kind == wanted);
        }

        var page = await requests.OrderBy(r => r.DueAt).ThenBy(r => r.Id).ToPageAsync(query.Page, cancellationToken);
        return page.Map(r => RightsRequestDto.Of(r, now));
    }
}
