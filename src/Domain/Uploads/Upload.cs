using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;

namespace Pixyer.Domain.Uploads;

/// <summary>
/// A product photo a person uploaded as creative material (obligation C2). Only the re-encoded image is kept: its
/// EXIF, XMP and GPS data were dropped on the way in, and the original file name was sanitized.
/// </summary>
public sealed class Upload
{
    private Upload()
    {
    }

    public UploadId Id { get; private set; }

    public AccountId OwnerId { get; private set; }

    [PersonalData]
    public string OriginalName { get; private set; } = "";

    /// <summary>The stored image's media type: <c>image/jpeg</c>, <c>image/png</c> or <c>image/webp</c>.</summary>
    public string ContentType { get; private set; } = "";

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>The stored image's size in bytes.</summary>
    public long Length { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the stored image.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>The <c>IFileStore</c> key of the stored image: the photo itself is personal data.</summary>
    [PersonalData]
    public string FileKey { get; private set; } = "";

    [PersonalData]
    public string ThumbnailKey { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The name is kept only as <see cref="UploadFileName.Sanitize"/> leaves it.</summary>
    public static Upload Accept(
        AccountId ownerId, string? originalName, string contentType, int width, int height, long length, string sha256,
        string fileKey, string thumbnailKey, DateTimeOffset now) =>
        new()
        {
            Id = UploadId.New(),
            OwnerId = ownerId,
            OriginalName = UploadFileName.Sanitize(originalName),
            ContentType = contentType,
            Width = width,
            Height = height,
            Length = length,
            Sha256 = sha256,
            FileKey = fileKey,
            ThumbnailKey = thumbnailKey,
            // To the microsecond, as PostgreSQL keeps it: the upload's answer and every later read agree.
            UploadedAt = now.AddTicks(-(now.Ticks % 10)),
        };
}
