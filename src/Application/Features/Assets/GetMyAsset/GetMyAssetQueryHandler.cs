using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Assets;

namespace Pixyer.Application.Features.Assets.GetMyAsset;

public sealed class GetMyAssetQueryHandler(IAppDbContext db, ICurrentActor actor) : IQueryHandler<GetMyAssetQuery, AssetDto>
{
    public async ValueTask<AssetDto> Handle(GetMyAssetQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        return await db.Assets.AsNoTracking()
                   .Where(a => a.Id == new AssetId(query.Id) && a.OwnerId == owner)
                   .Select(AssetDto.Projection)
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("asset");
    }
}
