using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Pixyer.Application.Common.Imaging;
using Pixyer.Application.Features.Generations;
using Pixyer.Domain.Assets;
using Pixyer.Domain.Common;

namespace Pixyer.Application.Features.Assets;

/// <summary>
/// A generated image: <c>uploadId</c> is null once the upload it was made from has been deleted; <c>generationId</c>
/// is the job that produced it; <c>length</c> is in bytes and <c>sha256</c> is the image's lower-case hex digest.
/// </summary>
public sealed record AssetDto(
    Guid Id,
    Guid? UploadId,
    Guid GenerationId,
    [property: TemplateName] string Template,
    [property: FormatName] string Format,
    int Width,
    int Height,
    [property: ImageContentType] string ContentType,
    long Length,
    [property: MaxLength(Sha256Hex.Length)] string Sha256,

    DateTimeOffset CreatedAt)
{
    public static readonly Expression<Func<Asset, AssetDto>> Projection = a =>
        new AssetDto(
            a.Id.Value,
            a.UploadId.HasValue ? a.UploadId.Value.Value : null,
            a.GenerationJobId.Value,
            a.Template,
            a.Format,
            a.Width,
            a.Height,
            a.ContentType,
            a.Length,
            a.Sha256,
            a.CreatedAt);
}
