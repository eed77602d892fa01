using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.GuardianRequests.ListGuardianRequests;

public sealed class ListGuardianRequestsQueryHandler(IAppDbContext db) : IQueryHandler<ListGuardianRequestsQuery, Paged<GuardianRequestSummary>>
{
    public async ValueTask<Paged<GuardianRequestSummary>> Handle(ListGuardianRequestsQuery query, CancellationToken cancellationToken)
    {
        var requests = db.GuardianRequests.AsNoTracking();
        if (query.Status is { } status)
        {
            var wanted = WireNames.Parse<GuardianRequestStatus>(status);
            requests = requests.Where(g => g.Status == wanted);
        }

        var page = await requests
            .OrderBy(g => g.ReceivedAt).ThenBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                g.Status,
                g.GuardianName,
                g.Relationship,
                g.ReceivedAt,
                DueAt = db.RightsRequests.Where(r => r.Id == g.Id).Select(r => (DateTimeOffset?)r.DueAt).FirstOrDefault(),
                g.DecidedAt,
            })
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(g => new GuardianRequestSummary(
            g.Id, WireNames.Of(g.Status), g.GuardianName, WireNames.Of(g.Relationship), g.ReceivedAt, g.DueAt, g.DecidedAt));
    }
}
