using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Assets.ListMyAssets;

public sealed class ListMyAssetsQueryHandler(IAppDbContext db, ICurrentActor actor) : IQueryHandler<ListMyAssetsQuery, Paged<AssetDto>>
{
    public async ValueTask<Paged<AssetDto>> Handle(ListMyAssetsQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var assets = db.Assets.AsNoTracking().Where(a => a.OwnerId == owner);
        if (query.UploadId is { } uploadId)
        {
            assets = assets.Where(a => a.UploadId == new UploadId(uploadId));
        }

        // Version 7 ids grow with time: they order assets created in the same instant.
        return await assets
            .OrderByDescending(a => a.CreatedAt)
            .ThenByDescending(a => a.Id)
            .Select(AssetDto.Projection)
            .ToPageAsync(query.Page, cancellationToken);
    }
}
