using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Files;
using Pixyer.Application.Common.Imaging;
using Pixyer.Application.Common.Persistence;
using Pixyer.Domain.Accounts;

namespace Pixyer.Application.Features.Uploads;

/// <summary>
/// The one safe path an image takes into Pixyer (C2, and inquiries' attachments): read into memory once (at most
/// <see cref="UploadOptions.MaxBytes"/>: the sniffer needs to walk it to its end and the decoder needs all of it),
/// recognised from its bytes, re-encoded without metadata, and stored in its owner's group of the file store, from
/// which it is deleted again if the command fails.
/// </summary>
public sealed class ImageIntake(IImageIngest ingest, IFileStore files, CommitHooks hooks, IOptions<UploadOptions> options)
{
    public async Task<IngestedImage> IngestAsync(Stream content, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var bytes = await BoundedRead.ReadAtMostAsync(content, limits.MaxBytes, cancellationToken);
        var header = ImageSniffer.Inspect(bytes.Span, limits.MaxPixels);
        return await ingest.IngestAsync(bytes, header, cancellationToken);
    }

    public async Task<StoredFile> SaveAsync(AccountId owner, string category, EncodedImage image, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(image.Bytes, writable: false);
        var stored = await files.SaveAsync(owner, category, content, cancellationToken);
        hooks.DeleteIfRolledBack(files, stored.Key);
        return stored;
    }
}
