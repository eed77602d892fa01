using Mediator;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Exports.RecordExportFailure;

public sealed class RecordExportFailureCommandHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<RecordExportFailureCommand, ExportStep>
{
    public async ValueTask<ExportStep> Handle(RecordExportFailureCommand command, CancellationToken cancellationToken)
    {
        var export = await db.HeldAsync(command.ExportId, command.Attempt, cancellationToken);
        export.RecordFailedAttempt(clock.GetUtcNow());
        return ExportStep.Of(export);
    }
}
