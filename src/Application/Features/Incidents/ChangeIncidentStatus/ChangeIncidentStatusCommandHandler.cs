using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Incidents;

namespace Pixyer.Application.Features.Incidents.ChangeIncidentStatus;

public sealed class ChangeIncidentStatusCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ChangeIncidentStatusCommand, IncidentDetails>
{
    public async ValueTask<IncidentDetails> Handle(ChangeIncidentStatusCommand command, CancellationToken cancellationToken)
    {
        var incident = await db.LoadAsync(command.IncidentId, cancellationToken);
        var now = clock.GetUtcNow();
        incident.Advance(WireNames.Parse<IncidentStatus>(command.Status), command.Note, actor.RequiredAccountId, now);
        return IncidentDetails.Of(incident, now);
    }
}
