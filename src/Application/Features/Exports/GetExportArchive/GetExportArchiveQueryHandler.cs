using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.GetExportArchive;

public sealed class GetExportArchiveQueryHandler(IAppDbContext db, ICurrentActor actor, IFileReader files, TimeProvider clock)
    : IQueryHandler<GetExportArchiveQuery, ExportArchive>
{
    public async ValueTask<ExportArchive> Handle(GetExportArchiveQuery query, CancellationToken cancellationToken)
    {
        var subject = actor.RequiredAccountId;
        var export = await db.DataExports.AsNoTracking()
                         .FirstOrDefaultAsync(e => e.Id == new DataExportId(query.Id) && e.SubjectId == subject, cancellationToken)
                     ?? throw new NotFoundException("export");
        if (export.Status == ExportStatus.Expired || export.HasExpiredAt(clock.GetUtcNow()))
        {
            throw new GoneException("export-expired", "This export's archive was deleted seven days after it was ready; request a new export.");
        }

        if (export.Status != ExportStatus.Ready)
        {
            throw new ConflictException("This export has no archive: it is not ready, or it failed.");
        }

        var content = await files.OpenReadAsync(export.ArchiveKey!, cancellationToken) ?? throw new NotFoundException("export's archive");
        return new ExportArchive(content, $"pixyer-export-{export.ReadyAt:yyyy-MM-dd}.zip");
    }
}
