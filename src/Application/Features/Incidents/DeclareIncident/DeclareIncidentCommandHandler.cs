using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Accounts;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Incidents;
using Pixyer.Domain.Processing;

namespace Pixyer.Application.Features.Incidents.DeclareIncident;

public sealed class DeclareIncidentCommandHandler(IAppDbContext db, SelectedAccounts accounts, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<DeclareIncidentCommand, IncidentDetails>
{
    public async ValueTask<IncidentDetails> Handle(DeclareIncidentCommand command, CancellationToken cancellationToken)
    {
        var affected = await accounts.EvaluateAsync(command.Affected, cancellationToken);
        var facts = new IncidentFacts(
            command.DiscoveredAt,
            command.OccurredFrom,
            command.OccurredTo,
            command.Nature,
            command.DataCategories.Select(WireNames.Parse<DataCategory>).ToList(),
            command.Systems,
            command.LikelyConsequences,
            command.MeasuresTaken,
            command.MeasuresProposed,
            command.SubjectAdvice,
            command.ContactPoint);
        var now = clock.GetUtcNow();
        var incident = Incident.Declare(facts, command.Affected.Describe(), affected.Count, actor.RequiredAccountId, now);
        db.Incidents.Add(incident);
        db.AffectedSubjects.AddRange(affected.Select(subject => AffectedSubject.Of(incident.Id, subject)));
        return IncidentDetails.Of(incident, now);
    }
}
