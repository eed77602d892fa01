using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Inquiries.ListMyInquiries;

public sealed class ListMyInquiriesQueryHandler(IAppDbContext db, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListMyInquiriesQuery, Paged<InquirySummaryDto>>
{
    public async ValueTask<Paged<InquirySummaryDto>> Handle(ListMyInquiriesQuery query, CancellationToken cancellationToken)
    {
        var requester = actor.RequiredAccountId;
        var now = clock.GetUtcNow();
        var page = await db.Inquiries.AsNoTracking()
            .Include(i => i.Deadline)
            .Where(i => i.RequesterId == requester)
            .OrderByDescending(i => i.ReceivedAt)
            .ThenByDescending(i => i.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(i => InquirySummaryDto.Of(i, now));
    }
}
