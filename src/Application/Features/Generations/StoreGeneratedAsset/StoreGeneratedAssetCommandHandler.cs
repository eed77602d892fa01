using Mediator;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Generation;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Assets;

namespace Pixyer.Application.Features.Generations.StoreGeneratedAsset;

public sealed class StoreGeneratedAssetCommandHandler(
    IAppDbContext db, IGenerationJobLocks locks, IFileStore files, CommitHooks hooks, TimeProvider clock)
    : ICommandHandler<StoreGeneratedAssetCommand, GenerationStep>
{
    public const string FileCategory = "assets";

    public async ValueTask<GenerationStep> Handle(StoreGeneratedAssetCommand command, CancellationToken cancellationToken)
    {
        // Locked, so that a new claim cannot slip in between this check and the commit.
        var job = await locks.LockAsync(command.JobId, cancellationToken) ?? throw new NotFoundException("generation");
        if (!job.IsHeldBy(command.Attempt))
        {
            throw new ConflictException("Another worker's claim has taken over this generation job.");
        }

        var uploadId = job.UploadId ?? throw new NotFoundException("upload");
        var (format, image) = command.Rendered;
        var now = clock.GetUtcNow();

        // The file first, then its row: if the transaction does not commit, the file goes again.
        using var content = new MemoryStream(image.Content, writable: false);
        var stored = await files.SaveAsync(job.OwnerId, FileCategory, content, cancellationToken);
        hooks.DeleteIfRolledBack(files, stored.Key);
        db.Assets.Add(Asset.Produce(
            job.OwnerId, uploadId, job.Id, job.Template, format, image.ContentType, image.Width, image.Height, stored.Length, stored.Sha256, stored.Key, now));
        job.RecordRendered(format, now, command.Lease);
        return new GenerationStep(job.Id.Value, job.OwnerId.Value, WireNames.Of(job.Status), job.Progress);
    }
}
