using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Backups.ListBackups;

public sealed class ListBackupsQueryHandler(IAppDbContext db) : IQueryHandler<ListBackupsQuery, Paged<BackupDto>>
{
    public async ValueTask<Paged<BackupDto>> Handle(ListBackupsQuery query, CancellationToken cancellationToken) =>
        await db.Backups.AsNoTracking()
            .OrderByDescending(b => b.TakenAt)
            .ThenByDescending(b => b.Id)
            .Select(BackupDto.Projection(db.ErasureLedger))
            .ToPageAsync(query.Page, cancellationToken);
}
