using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Campaigns;

namespace Pixyer.Application.Features.Campaigns.GetCampaign;

public sealed class GetCampaignQueryHandler(IAppDbContext db) : IQueryHandler<GetCampaignQuery, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(GetCampaignQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == new CampaignId(query.Id), cancellationToken)
                       ?? throw new NotFoundException("campaign");
        return (await db.WithProgressAsync([campaign], cancellationToken))[0];
    }
}
