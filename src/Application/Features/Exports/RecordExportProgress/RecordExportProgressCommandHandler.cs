using Mediator;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Exports.RecordExportProgress;

public sealed class RecordExportProgressCommandHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<RecordExportProgressCommand, ExportStep>
{
    public async ValueTask<ExportStep> Handle(RecordExportProgressCommand command, CancellationToken cancellationToken)
    {
        var export = await db.HeldAsync(command.ExportId, command.Attempt, cancellationToken);
        export.RecordProgress(command.Progress, clock.GetUtcNow(), command.Lease);
        return ExportStep.Of(export);
    }
}
