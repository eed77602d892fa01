using Mediator;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Imaging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Application.Common.Security;
using Pixyer.Domain.Accounts;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Uploads.UploadImage;

/// <summary>
/// Reads the file into memory once (at most <see cref="UploadOptions.MaxBytes"/>: the sniffer needs to walk it to
/// its end and the decoder needs all of it), inspects it, re-encodes it, and writes the image and its thumbnail
/// to the file store before adding the row that names them; if the command then fails, they are deleted again.
/// </summary>
public sealed class UploadImageCommandHandler(
    IAppDbContext db,
    ICurrentActor actor,
    IImageIngest ingest,
    IFileStore files,
    CommitHooks hooks,
    IOptions<UploadOptions> options,
    TimeProvider clock)
    : ICommandHandler<UploadImageCommand, UploadSummary>
{
    public const string ImageCategory = "uploads";
    public const string ThumbnailCategory = "thumbnails";

    public async ValueTask<UploadSummary> Handle(UploadImageCommand command, CancellationToken cancellationToken)
    {
        var owner = actor.RequiredAccountId;
        var limits = options.Value;
        var bytes = await BoundedRead.ReadAtMostAsync(command.Content, limits.MaxBytes, cancellationToken);
        var header = ImageSniffer.Inspect(bytes.Span, limits.MaxPixels);
        var ingested = await ingest.IngestAsync(bytes, header, cancellationToken);

        var image = await SaveAsync(owner, ImageCategory, ingested.Image, cancellationToken);
        var thumbnail = await SaveAsync(owner, ThumbnailCategory, ingested.Thumbnail, cancellationToken);
        var upload = Upload.Accept(
            owner, command.FileName, ingested.Image.ContentType, ingested.Image.Width, ingested.Image.Height,
            image.Length, image.Sha256, image.Key, thumbnail.Key, clock.GetUtcNow());
        db.Uploads.Add(upload);
        return UploadSummary.Of(upload);
    }

    private async Task<StoredFile> SaveAsync(AccountId owner, string category, EncodedImage image, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(image.Bytes, writable: false);
        var stored = await files.SaveAsync(owner, category, content, cancellationToken);
        hooks.DeleteIfRolledBack(files, stored.Key);
        return stored;
    }
}
