using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Uploads;
using Pixyer.Application.Features.Uploads.DeleteMyUpload;
using Pixyer.Application.Features.Uploads.GetMyUpload;
using Pixyer.Application.Features.Uploads.GetUploadFile;
using Pixyer.Application.Features.Uploads.ListMyUploads;
using Pixyer.Application.Features.Uploads.UploadImage;

namespace Pixyer.Api.Endpoints;

public sealed class UploadsEndpoints : IEndpointGroup
{
    private static readonly string[] ImageTypes = ["image/jpeg", "image/png", "image/webp"];

    public void Map(IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<UploadOptions>>().Value;
        var uploads = routes.MapGroup("/uploads").WithTags("Uploads");

        uploads.MapPost("", Upload)
            .Sends<UploadImageCommand>()
            .WithName("UploadImage")
            .WithSummary("Upload a product photo as the multipart field `file`: JPEG, PNG or WebP, recognised from its bytes")
            .WithDescription(
                $"At most {limits.MaxBytes} bytes (413 `payload-too-large`) and {limits.MaxPixels} pixels, read from the "
                + "header before decoding (422 `image-too-many-pixels`). The content decides the type, not the name or the "
                + "declared type (415 `unsupported-image-type`). Truncated or damaged files answer 422 `image-malformed`; "
                + "anything but zero padding after the image's end marker (a polyglot) answers 422 `image-trailing-data`. "
                + "The image is turned upright by its EXIF orientation and re-encoded in its own format, so EXIF, XMP and "
                + "GPS data are gone; a WebP thumbnail is made. The original file name is kept sanitized.")
            // Multipart needs no antiforgery token here: cookie sessions are guarded by the CSRF header check (ActorMiddleware).
            .DisableAntiforgery()
            .WithRequestBodyLimit(limits.MaxRequestBytes)
            // The unstripped photo stays in memory while it is read, never in a temporary file on disk.
            .WithFormOptions(memoryBufferThreshold: (int)limits.MaxRequestBytes, multipartBodyLengthLimit: limits.MaxRequestBytes)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        uploads.MapGet("", ListMine)
            .Sends<ListMyUploadsQuery>()
            .WithName("ListMyUploads")
            .WithSummary("My uploads, newest first (paginated)")
            .ProducesValidationProblem()
            .RequiresSession();

        uploads.MapGet("/{id:guid}", GetMine)
            .Sends<GetMyUploadQuery>()
            .WithName("GetMyUpload")
            .WithSummary("One of my uploads: size, dimensions, SHA-256, content type, sanitized original name")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        uploads.MapGet("/{id:guid}/content", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                FileOf(id, UploadFileKind.Image, sender, cancellationToken))
            .Sends<GetUploadFileQuery>()
            .WithName("GetUploadContent")
            .WithSummary("The stored image: upright, re-encoded, without EXIF, XMP or GPS data")
            .Produces<Stream>(StatusCodes.Status200OK, ImageTypes[0], ImageTypes[1..])
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        uploads.MapGet("/{id:guid}/thumbnail", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                FileOf(id, UploadFileKind.Thumbnail, sender, cancellationToken))
            .Sends<GetUploadFileQuery>()
            .WithName("GetUploadThumbnail")
            .WithSummary("The upload's thumbnail: WebP, at most 320 pixels on its longer side")
            .Produces<Stream>(StatusCodes.Status200OK, "image/webp")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        uploads.MapDelete("/{id:guid}", Delete)
            .Sends<DeleteMyUploadCommand>()
            .WithName("DeleteMyUpload")
            .WithSummary("Delete one of my uploads: its record, its image and its thumbnail")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Created<UploadSummary>> Upload(IFormFile file, ISender sender, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var upload = await sender.Send(new UploadImageCommand(file.FileName, content), cancellationToken);
        return TypedResults.Created($"/api/v1/uploads/{upload.Id}", upload);
    }

    private static async Task<Ok<Paged<UploadSummary>>> ListMine(
        int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyUploadsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<UploadSummary>> GetMine(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyUploadQuery(id), cancellationToken));

    /// <summary>Streamed from the file store; the response disposes the stream. Never cached (SecurityHeadersMiddleware).</summary>
    private static async Task<FileStreamHttpResult> FileOf(Guid id, UploadFileKind kind, ISender sender, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetUploadFileQuery(id, kind), cancellationToken);
        return TypedResults.Stream(file.Content, file.ContentType);
    }

    private static async Task<NoContent> Delete(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteMyUploadCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
