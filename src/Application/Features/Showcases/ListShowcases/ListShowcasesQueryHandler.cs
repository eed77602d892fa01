using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Showcases.ListShowcases;

public sealed class ListShowcasesQueryHandler(IAppDbContext db) : IQueryHandler<ListShowcasesQuery, Paged<ShowcaseDto>>
{
    public async ValueTask<Paged<ShowcaseDto>> Handle(ListShowcasesQuery query, CancellationToken cancellationToken)
    {
        var page = await db.Showcases.AsNoTracking()
            .Join(db.Assets.AsNoTracking(), s => s.AssetId, a => a.Id, (s, a) => new
            {
                s.Id, s.Title, a.Template, a.Format, a.Width, a.Height, a.ContentType, s.PublishedAt,
            })
            .OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return page.Map(s => new ShowcaseDto(
            s.Id.Value, s.Title, s.Template, s.Format, s.Width, s.Height, s.ContentType, s.PublishedAt, ShowcaseDto.ImagePath(s.Id.Value)));
    }
}
