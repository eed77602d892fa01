using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Plans.ListAllPlans;

public sealed class ListAllPlansQueryHandler(IAppDbContext db) : IQueryHandler<ListAllPlansQuery, Paged<PlanDto>>
{
    public async ValueTask<Paged<PlanDto>> Handle(ListAllPlansQuery query, CancellationToken cancellationToken) =>
        (await db.Plans.AsNoTracking()
            .OrderBy(p => p.Code)
            .ThenByDescending(p => p.Version)
            .ToPageAsync(query.Page, cancellationToken))
        .Map(PlanDto.From);
}
