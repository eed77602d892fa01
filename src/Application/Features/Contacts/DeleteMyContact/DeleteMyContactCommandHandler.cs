using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Contacts;

namespace Pixyer.Application.Features.Contacts.DeleteMyContact;

public sealed class DeleteMyContactCommandHandler(IAppDbContext db, ICurrentActor actor) : ICommandHandler<DeleteMyContactCommand>
{
    public async ValueTask<Unit> Handle(DeleteMyContactCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var contact = await db.ImportedContacts.FirstOrDefaultAsync(c => c.Id == new ImportedContactId(command.Id) && c.OwnerId == owner, cancellationToken)
                      ?? throw new NotFoundException("contact");
        db.ImportedContacts.Remove(contact);
        return Unit.Value;
    }
}
