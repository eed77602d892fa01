using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Backups;

namespace Pixyer.Application.Features.Backups.GetBackup;

public sealed class GetBackupQueryHandler(IAppDbContext db) : IQueryHandler<GetBackupQuery, BackupDto>
{
    public async ValueTask<BackupDto> Handle(GetBackupQuery query, CancellationToken cancellationToken) =>
        await db.Backups.AsNoTracking()
            .Where(b => b.Id == new BackupId(query.Id))
            .Select(BackupDto.Projection(db.ErasureLedger))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("backup");
}
