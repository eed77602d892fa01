using Mediator;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Uploads.UploadImage;

/// <summary>
/// Takes the image through <see cref="ImageIntake"/> and writes it and its thumbnail to the file store before adding
/// the row that names them; if the command then fails, they are deleted again.
/// </summary>
public sealed class UploadImageCommandHandler(IAppDbContext db, ICurrentActor actor, ImageIntake intake, TimeProvider clock)
    : ICommandHandler<UploadImageCommand, UploadSummary>
{
    public const string ImageCategory = "uploads";
    public const string ThumbnailCategory = "thumbnails";

    public async ValueTask<UploadSummary> Handle(UploadImageCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var ingested = await intake.IngestAsync(command.Content, cancellationToken);
        var image = await intake.SaveAsync(owner, ImageCategory, ingested.Image, cancellationToken);
        var thumbnail = await intake.SaveAsync(owner, ThumbnailCategory, ingested.Thumbnail, cancellationToken);
        var upload = Upload.Accept(
            owner, command.FileName, ingested.Image.ContentType, ingested.Image.Width, ingested.Image.Height,
            image.Length, image.Sha256, image.Key, thumbnail.Key, clock.GetUtcNow());
        db.Uploads.Add(upload);
        return UploadSummary.Of(upload);
    }
}
