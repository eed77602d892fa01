using Mediator;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Disclosures.ListSubjectDisclosures;

public sealed class ListSubjectDisclosuresQueryHandler(IAppDbContext db) : IQueryHandler<ListSubjectDisclosuresQuery, Paged<DisclosureDto>>
{
    public async ValueTask<Paged<DisclosureDto>> Handle(ListSubjectDisclosuresQuery query, CancellationToken cancellationToken) =>
        await DisclosureHistory.PageAsync(db, new AccountId(query.SubjectId), includeWithheld: true, query.Page, cancellationToken);
}
