using Mediator;

namespace Pixyer.Application.Features.Privacy.ListProcessingActivities;

public sealed class ListProcessingActivitiesQueryHandler : IQueryHandler<ListProcessingActivitiesQuery, ProcessingActivityList>
{
    public ValueTask<ProcessingActivityList> Handle(ListProcessingActivitiesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ProcessingActivityList(ProcessingRegister.Activities, ProcessingRegister.Activities.Count));
}
