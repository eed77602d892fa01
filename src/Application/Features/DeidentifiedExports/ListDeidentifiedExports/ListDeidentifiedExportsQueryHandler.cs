using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.DeidentifiedExports.ListDeidentifiedExports;

public sealed class ListDeidentifiedExportsQueryHandler(IAppDbContext db)
    : IQueryHandler<ListDeidentifiedExportsQuery, Paged<DeidentifiedExportDto>>
{
    public async ValueTask<Paged<DeidentifiedExportDto>> Handle(ListDeidentifiedExportsQuery query, CancellationToken cancellationToken)
    {
        var page = await db.DeidentifiedExports.AsNoTracking()
            .OrderByDescending(e => e.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(DeidentifiedExportDto.Of);
    }
}
