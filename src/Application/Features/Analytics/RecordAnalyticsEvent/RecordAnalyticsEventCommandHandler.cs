using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Analytics;

namespace Pixyer.Application.Features.Analytics.RecordAnalyticsEvent;

public sealed class RecordAnalyticsEventCommandHandler(IAppDbContext db, ICurrentActor actor, IRequestContext request, TimeProvider clock)
    : ICommandHandler<RecordAnalyticsEventCommand>
{
    public ValueTask<Unit> Handle(RecordAnalyticsEventCommand command, CancellationToken cancellationToken)
    {
        db.AnalyticsEvents.Add(AnalyticsEvent.Record(
            actor.AccountId, actor.AccountId is null ? request.VisitorId : null, command.Type, command.Page, command.Element, clock.GetUtcNow()));
        return ValueTask.FromResult(Unit.Value);
    }
}
