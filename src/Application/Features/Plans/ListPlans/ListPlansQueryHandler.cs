using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Plans.ListPlans;

public sealed class ListPlansQueryHandler(IAppDbContext db) : IQueryHandler<ListPlansQuery, Paged<PlanDto>>
{
    public async ValueTask<Paged<PlanDto>> Handle(ListPlansQuery query, CancellationToken cancellationToken) =>
        (await db.Plans.AsNoTracking()
            .Where(p => p.Active)
            .OrderBy(p => p.PriceMinor)
            .ThenBy(p => p.Code)
            .ToPageAsync(query.Page, cancellationToken))
        .Map(PlanDto.From);
}
