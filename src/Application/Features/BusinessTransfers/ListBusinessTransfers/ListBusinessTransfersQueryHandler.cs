using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.BusinessTransfers.ListBusinessTransfers;

public sealed class ListBusinessTransfersQueryHandler(IAppDbContext db) : IQueryHandler<ListBusinessTransfersQuery, Paged<BusinessTransferDto>>
{
    public async ValueTask<Paged<BusinessTransferDto>> Handle(ListBusinessTransfersQuery query, CancellationToken cancellationToken)
    {
        var page = await db.BusinessTransfers.AsNoTracking().OrderByDescending(t => t.DeclaredAt).ThenByDescending(t => t.Id)
            .ToPageAsync(query.Page, cancellationToken);
        var items = await db.WithProgressAsync(page.Items, cancellationToken);
        return new Paged<BusinessTransferDto>(items, page.Page, page.PageSize, page.Total);
    }
}
