using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Policies.ListNotices;

public sealed class ListNoticesQueryHandler(IAppDbContext db) : IQueryHandler<ListNoticesQuery, Paged<Notice>>
{
    public async ValueTask<Paged<Notice>> Handle(ListNoticesQuery query, CancellationToken cancellationToken)
    {
        var page = await db.PolicyVersions.AsNoTracking()
            .OrderByDescending(v => v.EffectiveAt)
            .Select(v => new { v.Version, v.Significant, v.EffectiveAt, v.PublishedAt })
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(v => new Notice(
            "policy_change",
            v.Significant ? "The privacy policy changed significantly: please review and accept it." : "The privacy policy was updated.",
            v.Version,
            v.Significant,
            v.EffectiveAt,
            v.PublishedAt));
    }
}
