using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Feedback;

namespace Pixyer.Application.Features.Feedback.GiveFeedback;

public sealed class GiveFeedbackCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<GiveFeedbackCommand, FeedbackDto>
{
    public async ValueTask<FeedbackDto> Handle(GiveFeedbackCommand command, CancellationToken cancellationToken)
    {
        var author = actor.RequiredAccountId;
        var service = WireNames.Parse<FeedbackService>(command.Service);
        if (command.Reference is { } reference)
        {
            await FeedbackReferences.EnsureOwnedAsync(db, author, service, reference, cancellationToken);
        }

        var feedback = ServiceFeedback.Give(author, service, command.Reference, command.Rating, command.Text, clock.GetUtcNow());
        db.ServiceFeedback.Add(feedback);
        return FeedbackDto.From(feedback);
    }
}
