using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Contacts.ListMyContacts;

public sealed class ListMyContactsQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMyContactsQuery, Paged<ContactDto>>
{
    public async ValueTask<Paged<ContactDto>> Handle(ListMyContactsQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var page = await db.ImportedContacts.AsNoTracking()
            .Where(c => c.OwnerId == owner)
            .OrderBy(c => c.Name)
            .ThenBy(c => c.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(ContactDto.From);
    }
}
