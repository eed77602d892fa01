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
            .Select(g => new { g.Id, g.Status, g.GuardianName, g.Relationship, g.ReceivedAt, g.DecidedAt })
            .ToPageAsync(query.Page, cancellationToken);

        // The deadlines of the page's requests: each is tracked under its request's id, which ids of two types cannot
        // join in SQL, so they are loaded by a second query.
        var trackers = page.Items.Select(g => RightsRequestId.Tracking(g.Id)).ToList();
        var dueAts = await db.RightsRequests.AsNoTracking()
            .Where(r => trackers.Contains(r.Id))
            .Select(r => new { r.Id, r.DueAt })
            .ToDictionaryAsync(r => r.Id, r => r.DueAt, cancellationToken);
        return page.Map(g => new GuardianRequestSummary(
            g.Id.Value,
            WireNames.Of(g.Status),
            g.GuardianName,
            WireNames.Of(g.Relationship),
            g.ReceivedAt,
            dueAts.TryGetValue(RightsRequestId.Tracking(g.Id), out var dueAt) ? dueAt : null,
            g.DecidedAt));
    }
}
