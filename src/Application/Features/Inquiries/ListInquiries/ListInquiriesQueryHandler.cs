using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Inquiries;

namespace Pixyer.Application.Features.Inquiries.ListInquiries;

public sealed class ListInquiriesQueryHandler(IAppDbContext db, TimeProvider clock)
    : IQueryHandler<ListInquiriesQuery, Paged<InquirySummaryDto>>
{
    public async ValueTask<Paged<InquirySummaryDto>> Handle(ListInquiriesQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // In the queue: whatever has a deadline, i.e. a signed-in person's or a verified anonymous one.
        var queue = db.Inquiries.AsNoTracking().Include(i => i.Deadline).Where(i => i.Deadline != null);
        if (query.Status is { } status)
        {
            var wanted = WireNames.Parse<InquiryStatus>(status);
            queue = queue.Where(i => i.Status == wanted);
        }

        if (query.Overdue)
        {
            queue = queue.Where(i => i.Deadline!.ClosedAt == null && i.Deadline.DueAt < now);
        }

        var page = await queue.OrderBy(i => i.Deadline!.DueAt).ThenBy(i => i.Id).ToPageAsync(query.Page, cancellationToken);
        return page.Map(i => InquirySummaryDto.Of(i, now));
    }
}
