using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.ListIncidents;

public sealed class ListIncidentsQueryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListIncidentsQuery, Paged<IncidentSummary>>
{
    public async ValueTask<Paged<IncidentSummary>> Handle(ListIncidentsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var incidents = db.Incidents.AsNoTracking();
        if (query.Status is { } status)
        {
            var wanted = WireNames.Parse<IncidentStatus>(status);
            incidents = incidents.Where(i => i.Status == wanted);
        }

        if (query.Overdue is { } overdue)
        {
            incidents = incidents.Where(i => (!i.Reports.Any() && i.ReportDueAt <= now) == overdue);
        }

        var page = await incidents.OrderByDescending(i => i.DeclaredAt).Include(i => i.Reports).AsSplitQuery()
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(i => new IncidentSummary(
            i.Id.Value,
            WireNames.Of(i.Status),
            i.Nature,
            i.DiscoveredAt,
            i.DeclaredAt,
            i.AffectedCount,
            i.ReportDueAt,
            i.Reports.Count,
            i.IsOverdue(now),
            NotificationProgress.Of(i)));
    }
}
