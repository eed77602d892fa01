using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Contacts.DeleteAllMyContacts;

public sealed class DeleteAllMyContactsCommandHandler(IAppDbContext db, ICurrentActor actor) : ICommandHandler<DeleteAllMyContactsCommand, int>
{
    public async ValueTask<int> Handle(DeleteAllMyContactsCommand command, CancellationToken cancellationToken) =>
        await ImportedContacts.DeleteAllAsync(db, actor.RequiredAccountId, cancellationToken);
}
