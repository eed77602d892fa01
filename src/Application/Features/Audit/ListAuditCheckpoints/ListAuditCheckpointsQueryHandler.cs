using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Audit.ListAuditCheckpoints;

public sealed class ListAuditCheckpointsQueryHandler(IAppDbContext db) : IQueryHandler<ListAuditCheckpointsQuery, Paged<AuditCheckpointDto>>
{
    public async ValueTask<Paged<AuditCheckpointDto>> Handle(ListAuditCheckpointsQuery query, CancellationToken cancellationToken)
    {
        var page = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.TreeSize).ToPageAsync(query.Page, cancellationToken);
        return page.Map(AuditCheckpointDto.From);
    }
}
