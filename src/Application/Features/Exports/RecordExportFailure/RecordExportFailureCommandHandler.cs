using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Exports;

namespace Pixyer.Application.Features.Exports.RecordExportFailure;

public sealed class RecordExportFailureCommandHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<RecordExportFailureCommand, ExportStep>
{
    public async ValueTask<ExportStep> Handle(RecordExportFailureCommand command, CancellationToken cancellationToken)
    {
        var export = await db.DataExports.FirstOrDefaultAsync(e => e.Id == new DataExportId(command.ExportId), cancellationToken)
                     ?? throw new NotFoundException("export");
        // A worker that lost its claim failed on an export that is another's now: that one's outcome counts.
        if (export.IsHeldBy(command.Attempt))
        {
            var now = clock.GetUtcNow();
            export.RecordFailedAttempt(now);
            await db.CloseRightsRequestIfFailedAsync(export, now, cancellationToken);
        }

        return ExportStep.Of(export);
    }
}
