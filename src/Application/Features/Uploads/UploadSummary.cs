using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Imaging;
using Pixyer.Domain.Common;
using Pixyer.Domain.Uploads;

namespace Pixyer.Application.Features.Uploads;

/// <summary>
/// An upload as its owner sees it: the stored image's facts (<c>size</c> in bytes and lower-case hex <c>sha256</c>
/// of the re-encoded image; <c>originalName</c> as sent, sanitized), and where to fetch it and its thumbnail.
/// </summary>
public sealed record UploadSummary(
    Guid Id,
    [property: MaxLength(UploadFileName.MaxLength)] string OriginalName,
    [property: ImageContentType] string ContentType,
    int Width,
    int Height,
    long Size,
    [property: MaxLength(Sha256Hex.Length)] string Sha256,
    DateTimeOffset UploadedAt)

{
    [MaxLength(ResourceLinks.UploadContentLength)]
    public string ContentUrl => ResourceLinks.Of("/api/v1/uploads/", Id, "/content");

    [MaxLength(ResourceLinks.UploadThumbnailLength)]
    public string ThumbnailUrl => ResourceLinks.Of("/api/v1/uploads/", Id, "/thumbnail");

    /// <summary>The one mapping, for queries (translated to SQL) and for a new upload alike.</summary>
    public static readonly Expression<Func<Upload, UploadSummary>> FromUpload =
        u => new UploadSummary(u.Id.Value, u.OriginalName, u.ContentType, u.Width, u.Height, u.Length, u.Sha256, u.UploadedAt);

    private static readonly Func<Upload, UploadSummary> Map = FromUpload.Compile();

    public static UploadSummary Of(Upload upload) => Map(upload);
}
