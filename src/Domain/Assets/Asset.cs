using Pixyer.Domain.Accounts;
using Pixyer.Domain.Common;
using Pixyer.Domain.Generation;
using Pixyer.Domain.Uploads;

namespace Pixyer.Domain.Assets;

/// <summary>
/// A marketing visual generated from one of the owner's uploads (obligation C3): one image of one format, produced
/// by one generation job.
/// </summary>
public sealed class Asset
{
    private Asset()
    {
    }

    public AssetId Id { get; private set; }

    public AccountId OwnerId { get; private set; }

    /// <summary>The upload it was made from; null once that upload has been deleted (the asset stays the owner's).</summary>
    public UploadId? UploadId { get; private set; }

    public GenerationJobId GenerationJobId { get; private set; }

    public string Template { get; private set; } = "";

    /// <summary>The format's name, e.g. <c>square</c>.</summary>
    public string Format { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public int Width { get; private set; }

    public int Height { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; } = "";

    [PersonalData]
    public string FileKey { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static Asset Produce(
        AccountId ownerId, UploadId uploadId, GenerationJobId generationJobId, string template, string format, string contentType,
        int width, int height, long length, string sha256, string fileKey, DateTimeOffset now) =>
        new()
        {
            Id = AssetId.New(),
            OwnerId = ownerId,
            UploadId = uploadId,
            GenerationJobId = generationJobId,
            Template = template,
            Format = format,
            ContentType = contentType,
            Width = width,
            Height = height,
            Length = length,
            Sha256 = sha256,
            FileKey = fileKey,
            CreatedAt = now,
        };
}
