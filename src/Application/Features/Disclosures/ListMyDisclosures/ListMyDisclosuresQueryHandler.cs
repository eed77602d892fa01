using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Disclosures.ListMyDisclosures;

public sealed class ListMyDisclosuresQueryHandler(IAppDbContext db, ICurrentActor actor)
    : IQueryHandler<ListMyDisclosuresQuery, Paged<DisclosureDto>>
{
    public async ValueTask<Paged<DisclosureDto>> Handle(ListMyDisclosuresQuery query, CancellationToken cancellationToken) =>
        await DisclosureHistory.PageAsync(db, actor.RequiredAccountId, includeWithheld: false, query.Page, cancellationToken);
}
