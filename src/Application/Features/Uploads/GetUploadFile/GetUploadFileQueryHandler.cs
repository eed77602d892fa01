using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Imaging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Uploads.GetUploadFile;

public sealed class GetUploadFileQueryHandler(IAppDbContext db, ICurrentActor actor, IFileReader files)
    : IQueryHandler<GetUploadFileQuery, UploadFile>
{
    public async ValueTask<UploadFile> Handle(GetUploadFileQuery query, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var upload = await db.Uploads.AsNoTracking()
                         .Where(u => u.Id == new UploadId(query.Id) && u.OwnerId == owner)
                         .Select(u => new { u.FileKey, u.ThumbnailKey, u.ContentType })
                         .FirstOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("upload");
        var (key, contentType) = query.Kind == UploadFileKind.Thumbnail
            ? (upload.ThumbnailKey, IngestedImage.ThumbnailFormat.ContentType())
            : (upload.FileKey, upload.ContentType);
        var content = await files.OpenReadAsync(key, cancellationToken) ?? throw new NotFoundException("upload's file");
        return new UploadFile(content, contentType);
    }
}
