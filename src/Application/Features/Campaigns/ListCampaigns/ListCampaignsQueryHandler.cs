using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;

namespace Pixyer.Application.Features.Campaigns.ListCampaigns;

public sealed class ListCampaignsQueryHandler(IAppDbContext db) : IQueryHandler<ListCampaignsQuery, Paged<CampaignDto>>
{
    public async ValueTask<Paged<CampaignDto>> Handle(ListCampaignsQuery query, CancellationToken cancellationToken)
    {
        var page = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .ToPageAsync(query.Page, cancellationToken);
        return new Paged<CampaignDto>(await db.WithProgressAsync(page.Items, cancellationToken), page.Page, page.PageSize, page.Total);
    }
}
