using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.GetMyExport;

public sealed class GetMyExportQueryHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<GetMyExportQuery, ExportState>
{
    public async ValueTask<ExportState> Handle(GetMyExportQuery query, CancellationToken cancellationToken)
    {
        var subject = actor.RequiredAccountId;
        var export = await db.DataExports.AsNoTracking()
                         .FirstOrDefaultAsync(e => e.Id == new DataExportId(query.Id) && e.SubjectId == subject, cancellationToken)
                     ?? throw new NotFoundException("export");
        // Past its expiry an archive is expired for its owner, even before the purge job has deleted it.
        var status = export.HasExpiredAt(clock.GetUtcNow()) ? ExportStatus.Expired : export.Status;
        var ready = status == ExportStatus.Ready;
        return new ExportState(
            export.Id.Value, WireNames.Of(status), export.Progress, export.RequestedAt, export.ReadyAt, export.ExpiresAt,
            ready ? export.ArchiveLength : null, ready ? ExportLinks.Download(export.Id.Value) : null);
    }
}
