using Mediator;
using Microsoft.EntityFrameworkCore;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Assets;

namespace Pixyer.Application.Features.Assets.DeleteMyAsset;

public sealed class DeleteMyAssetCommandHandler(IAppDbContext db, IFileStore files, CommitHooks hooks, ICurrentActor actor)
    : ICommandHandler<DeleteMyAssetCommand>
{
    public async ValueTask<Unit> Handle(DeleteMyAssetCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var asset = await db.Assets.SingleOrDefaultAsync(a => a.Id == new AssetId(command.Id) && a.OwnerId == owner, cancellationToken)
                    ?? throw new NotFoundException("asset");
        db.Assets.Remove(asset);
        hooks.DeleteWhenCommitted(files, asset.FileKey);
        return Unit.Value;
    }
}
