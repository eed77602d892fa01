using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Policies.ListNotices;

/// <summary>
/// Merges the two stores of notices: each contributes at most the first <c>skip + take</c> of its newest, so a page
/// costs two bounded reads whatever the number of notices.
/// </summary>
public sealed class ListNoticesQueryHandler(IAppDbContext db) : IQueryHandler<ListNoticesQuery, Paged<Notice>>
{
    public async ValueTask<Paged<Notice>> Handle(ListNoticesQuery query, CancellationToken cancellationToken)
    {
        var window = query.Page.Skip + query.Page.PageSize;
        var policies = db.PolicyVersions.AsNoTracking();
        var announcements = db.PublicNotices.AsNoTracking().Where(n => n.WithdrawnAt == null);

        var policyChanges = await policies.OrderByDescending(v => v.EffectiveAt).Take(window)
            .Select(v => new { v.Version, v.Significant, v.EffectiveAt, v.PublishedAt })
            .ToListAsync(cancellationToken);
        var published = await announcements.OrderByDescending(n => n.PublishedAt).Take(window)
            .Select(n => new { n.Kind, n.Title, n.Body, n.PublishedAt })
            .ToListAsync(cancellationToken);

        var items = policyChanges
            .Select(v => new Notice(
                NoticeKindAttribute.PolicyChange,
                v.Significant ? "The privacy policy changed significantly: please review and accept it." : "The privacy policy was updated.",
                null,
                v.Version,
                v.Significant,
                v.EffectiveAt,
                v.PublishedAt))
            .Concat(published.Select(n => new Notice(WireNames.Of(n.Kind), n.Title, n.Body, null, true, n.PublishedAt, n.PublishedAt)))
            .OrderByDescending(n => n.EffectiveAt)
            .Skip(query.Page.Skip)
            .Take(query.Page.PageSize)
            .ToList();
        var total = await policies.CountAsync(cancellationToken) + await announcements.CountAsync(cancellationToken);
        return new Paged<Notice>(items, query.Page.Page, query.Page.PageSize, total);
    }
}
