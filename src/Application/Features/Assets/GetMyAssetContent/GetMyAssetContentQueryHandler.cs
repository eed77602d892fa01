using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Assets;

namespace Pixyer.Application.Features.Assets.GetMyAssetContent;

public sealed class GetMyAssetContentQueryHandler(IAppDbContext db, IFileReader files, ICurrentActor actor)
    : IQueryHandler<GetMyAssetContentQuery, AssetContent>
{
    public async ValueTask<AssetContent> Handle(GetMyAssetContentQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var asset = await db.Assets.AsNoTracking()
                        .Where(a => a.Id == new AssetId(query.Id) && a.OwnerId == owner)
                        .Select(a => new { a.FileKey, a.ContentType, a.Sha256 })
                        .SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("asset");
        var content = await files.OpenReadAsync(asset.FileKey, cancellationToken) ?? throw new NotFoundException("asset");
        return new AssetContent(content, asset.ContentType, asset.Sha256);
    }
}
