using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.RecordRegulatorReport;

public sealed class RecordRegulatorReportCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RecordRegulatorReportCommand, RegulatorReportDto>
{
    public async ValueTask<RegulatorReportDto> Handle(RecordRegulatorReportCommand command, CancellationToken cancellationToken)
    {
        var incident = await db.LoadAsync(command.IncidentId, cancellationToken);
        var report = incident.RecordReport(
            command.Authority, command.Reference, WireNames.Parse<ReportPhase>(command.Phase), command.SentAt, command.Content,
            string.IsNullOrWhiteSpace(command.DelayReason) ? null : command.DelayReason, actor.RequiredAccountId, clock.GetUtcNow());
        return RegulatorReportDto.Of(report);
    }
}
