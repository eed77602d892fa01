using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Features.Exports;
using Pixyer.Application.Features.Exports.GetExportArchive;
using Pixyer.Application.Features.Exports.GetMyExport;
using Pixyer.Application.Features.Exports.RequestExport;

namespace Pixyer.Api.Endpoints;

public sealed class ExportsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var exports = routes.MapGroup("/me/exports").WithTags("Exports");

        exports.MapPost("", Request)
            .Sends<RequestExportCommand>()
            .WithName("RequestExport")
            .WithSummary("Ask for a copy of all my data as a ZIP archive, built in the background (202); 409 while one is being built")
            .WithDescription(
                "The archive holds manifest.json, README.txt, one JSON file per category of personal data under data/, and "
                + "the original images under uploads/ and assets/ (format: docs/export-format.md). A mail says when it is "
                + "ready; it can be downloaded for seven days.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AcceptsIdempotencyKey()
            .RequiresSession();

        exports.MapGet("/{id:guid}", Get)
            .Sends<GetMyExportQuery>()
            .WithName("GetMyExport")
            .WithSummary("An export's status (queued, running, ready, failed, expired), progress 0-100, size and download link")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        exports.MapGet("/{id:guid}/download", Download)
            .Sends<GetExportArchiveQuery>()
            .WithName("DownloadMyExport")
            .WithSummary("The export's ZIP archive, for its owner only, until seven days after it was ready (then 410 `export-expired`)")
            .Produces<Stream>(StatusCodes.Status200OK, "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .RequiresSession();
    }

    private static async Task<Accepted<ExportAccepted>> Request(ISender sender, CancellationToken cancellationToken)
    {
        var accepted = await sender.Send(new RequestExportCommand(), cancellationToken);
        return TypedResults.Accepted($"/api/v1/me/exports/{accepted.Id}", accepted);
    }

    private static async Task<Ok<ExportState>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyExportQuery(id), cancellationToken));

    private static async Task<FileStreamHttpResult> Download(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var archive = await sender.Send(new GetExportArchiveQuery(id), cancellationToken);
        return TypedResults.Stream(archive.Content, "application/zip", archive.FileName);
    }
}
