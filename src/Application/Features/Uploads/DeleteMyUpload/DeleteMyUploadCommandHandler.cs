using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;

namespace Pixyer.Application.Features.Uploads.DeleteMyUpload;

/// <summary>
/// The row goes in the command's transaction; the files only after it committed (<see cref="CommitHooks"/>), so
/// that a failed delete never leaves a row naming a missing file. A crash between the two leaves orphan files in
/// the owner's group of the store, which no row names and the owner's erasure removes.
/// </summary>
public sealed class DeleteMyUploadCommandHandler(IAppDbContext db, ICurrentActor actor, IFileStore files, CommitHooks hooks)
    : ICommandHandler<DeleteMyUploadCommand>
{
    public async ValueTask<Unit> Handle(DeleteMyUploadCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var upload = await db.Uploads.FirstOrDefaultAsync(u => u.Id == command.Id && u.OwnerId == owner, cancellationToken)
                     ?? throw new NotFoundException("upload");
        db.Uploads.Remove(upload);
        hooks.OnCommitted(async token =>
        {
            await files.DeleteAsync(upload.FileKey, token);
            await files.DeleteAsync(upload.ThumbnailKey, token);
        });
        return Unit.Value;
    }
}
