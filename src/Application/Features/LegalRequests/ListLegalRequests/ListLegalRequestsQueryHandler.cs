using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Disclosures;
using Pixyer.Domain.LegalRequests;

namespace Pixyer.Application.Features.LegalRequests.ListLegalRequests;

public sealed class ListLegalRequestsQueryHandler(IAppDbContext db) : IQueryHandler<ListLegalRequestsQuery, Paged<LegalRequestDto>>
{
    public async ValueTask<Paged<LegalRequestDto>> Handle(ListLegalRequestsQuery query, CancellationToken cancellationToken)
    {
        var requests = db.LegalRequests.AsNoTracking().Include(r => r.Subjects).AsQueryable();
        if (query.Status is not null)
        {
            var status = WireNames.Parse<LegalRequestStatus>(query.Status);
            requests = requests.Where(r => r.Status == status);
        }

        if (query.SubjectId is { } subjectId)
        {
            requests = requests.Where(r => r.Subjects.Any(s => s.SubjectId == new AccountId(subjectId)));
        }

        if (query.AuthorityId is { } authorityId)
        {
            requests = requests.Where(r => r.AuthorityId == new RecipientId(authorityId));
        }

        var page = await requests.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).ToPageAsync(query.Page, cancellationToken);
        return page.Map(LegalRequestDto.Of);
    }
}
