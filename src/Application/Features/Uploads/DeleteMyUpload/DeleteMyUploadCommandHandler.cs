using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Uploads.DeleteMyUpload;

public sealed class DeleteMyUploadCommandHandler(IAppDbContext db, ICurrentActor actor, IFileStore files, CommitHooks hooks)
    : ICommandHandler<DeleteMyUploadCommand>
{
    public async ValueTask<Unit> Handle(DeleteMyUploadCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var upload = await db.Uploads.FirstOrDefaultAsync(u => u.Id == new UploadId(command.Id) && u.OwnerId == owner, cancellationToken)
                     ?? throw new NotFoundException("upload");
        db.Uploads.Remove(upload);
        hooks.DeleteWhenCommitted(files, upload.FileKey, upload.ThumbnailKey);
        return Unit.Value;
    }
}
