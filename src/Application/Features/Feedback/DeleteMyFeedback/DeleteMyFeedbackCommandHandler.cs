using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Feedback;

namespace Pixyer.Application.Features.Feedback.DeleteMyFeedback;

public sealed class DeleteMyFeedbackCommandHandler(IAppDbContext db, ICurrentActor actor) : ICommandHandler<DeleteMyFeedbackCommand>
{
    public async ValueTask<Unit> Handle(DeleteMyFeedbackCommand command, CancellationToken cancellationToken)
    {
        var author = actor.RequiredAccountId;
        var feedback = await db.ServiceFeedback.FirstOrDefaultAsync(f => f.Id == new ServiceFeedbackId(command.Id) && f.AuthorId == author, cancellationToken)
                       ?? throw new NotFoundException("feedback");
        db.ServiceFeedback.Remove(feedback);
        return Unit.Value;
    }
}
