using Mediator;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Recipients.RetireRecipient;

public sealed class RetireRecipientCommandHandler(IAppDbContext db) : ICommandHandler<RetireRecipientCommand>
{
    public async ValueTask<Unit> Handle(RetireRecipientCommand command, CancellationToken cancellationToken)
    {
        (await db.Recipients.GetAsync(command.Id, cancellationToken)).Retire();
        return Unit.Value;
    }
}
