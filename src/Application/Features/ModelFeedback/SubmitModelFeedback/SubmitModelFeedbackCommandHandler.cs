using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.ModelFeedback;

namespace Pixyer.Application.Features.ModelFeedback.SubmitModelFeedback;

public sealed class SubmitModelFeedbackCommandHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SubmitModelFeedbackCommand, ModelFeedbackSubmitted>
{
    public ValueTask<ModelFeedbackSubmitted> Handle(SubmitModelFeedbackCommand command, CancellationToken cancellationToken)
    {
        var entry = ModelFeedbackEntry.Submit(actor.RequiredAccountId, command.Rating, command.Comment?.Trim(), clock.GetUtcNow());
        db.ModelFeedback.Add(entry);
        return ValueTask.FromResult(new ModelFeedbackSubmitted(entry.Id.Value, entry.Rating, entry.SubmittedAt));
    }
}
