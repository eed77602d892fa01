using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Exports;
using Pixyer.Domain.Rights;

namespace Pixyer.Application.Features.Exports.RequestExport;

public sealed class RequestExportCommandHandler(IAppDbContext db, ICurrentActor actor, ISubjectLocks locks, TimeProvider clock)
    : ICommandHandler<RequestExportCommand, ExportAccepted>
{
    public async ValueTask<ExportAccepted> Handle(RequestExportCommand command, CancellationToken cancellationToken)
    {
        var subject = actor.RequiredAccountId;
        // Two requests at once must not both pass the check below.
        await locks.LockAsync("data-export", subject.Value, cancellationToken);
        if (await db.DataExports.AnyAsync(
                e => e.SubjectId == subject && (e.Status == ExportStatus.Queued || e.Status == ExportStatus.Running), cancellationToken))
        {
            throw new ConflictException("An export of your data is already being prepared; follow it until it is ready.");
        }

        var now = clock.GetUtcNow();
        var export = DataExport.Request(subject, now);
        db.DataExports.Add(export);
        db.RightsRequests.Add(RightsRequest.Open(RightsRequestId.Tracking(export.Id), RightsRequestKind.Export, subject, now));
        return new ExportAccepted(export.Id.Value, WireNames.Of(export.Status));
    }
}
