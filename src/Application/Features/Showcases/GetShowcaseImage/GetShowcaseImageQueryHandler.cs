using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Features.Assets.GetMyAssetContent;
using Pixyer.Domain.Showcases;

namespace Pixyer.Application.Features.Showcases.GetShowcaseImage;

public sealed class GetShowcaseImageQueryHandler(IAppDbContext db, IFileReader files) : IQueryHandler<GetShowcaseImageQuery, AssetContent>
{
    public async ValueTask<AssetContent> Handle(GetShowcaseImageQuery query, CancellationToken cancellationToken)
    {
        var image = await db.Showcases.AsNoTracking()
                        .Where(s => s.Id == new ShowcaseId(query.Id))
                        .Join(db.Assets.AsNoTracking(), s => s.AssetId, a => a.Id, (s, a) => new { a.FileKey, a.ContentType, a.Sha256 })
                        .SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("showcase");
        var content = await files.OpenReadAsync(image.FileKey, cancellationToken) ?? throw new NotFoundException("showcase");
        return new AssetContent(content, image.ContentType, image.Sha256);
    }
}
