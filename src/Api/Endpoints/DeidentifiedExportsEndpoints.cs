using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.DeidentifiedExports;
using Pixyer.Application.Features.DeidentifiedExports.CreateDeidentifiedExport;
using Pixyer.Application.Features.DeidentifiedExports.DownloadDeidentifiedExport;
using Pixyer.Application.Features.DeidentifiedExports.GetDeidentifiedExport;
using Pixyer.Application.Features.DeidentifiedExports.ListDeidentifiedExports;
using Pixyer.Application.Features.DeidentifiedExports.PrepareDatasetStorage;

namespace Pixyer.Api.Endpoints;

public sealed class DeidentifiedExportsEndpoints : IEndpointGroup
{
    private const string Path = "/admin/deidentified-exports";

    public void Map(IEndpointRouteBuilder routes)
    {
        var exports = routes.MapGroup(Path).WithTags("De-identified exports");

        exports.MapPost("", Create)
            .Sends<CreateDeidentifiedExportCommand>()
            .WithName("CreateDeidentifiedExport")
            .WithSummary("Build a de-identified dataset of the accounts (csv or jsonl) in which every combination of quasi-identifiers "
                         + "occurs at least k times (k >= 5); answers the achieved k, the generalisation and the suppressed rows")
            .WithDescription("Format and columns: docs/deidentified-exports.md. No disclosure is recorded (the policy allows sharing "
                             + "de-identified data); the request is audited.")
            .ProducesValidationProblem()
            .RequiresSession();

        exports.MapGet("", List)
            .Sends<ListDeidentifiedExportsQuery>()
            .WithName("ListDeidentifiedExports")
            .WithSummary("The de-identified datasets made so far, newest first")
            .ProducesValidationProblem()
            .RequiresSession();

        exports.MapGet("/{id:guid}", Get)
            .Sends<GetDeidentifiedExportQuery>()
            .WithName("GetDeidentifiedExport")
            .WithSummary("One de-identified dataset's record")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        exports.MapGet("/{id:guid}/download", Download)
            .Sends<DownloadDeidentifiedExportQuery>()
            .WithName("DownloadDeidentifiedExport")
            .WithSummary("The dataset's file (text/csv or application/jsonl); every download is audited")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv", "application/jsonl")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Created<DeidentifiedExportDto>> Create(
        CreateDeidentifiedExportCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new PrepareDatasetStorageCommand(), cancellationToken);
        var export = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1{Path}/{export.Id}", export);
    }

    private static async Task<Ok<Paged<DeidentifiedExportDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDeidentifiedExportsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<DeidentifiedExportDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDeidentifiedExportQuery(id), cancellationToken));

    private static async Task<FileStreamHttpResult> Download(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new DownloadDeidentifiedExportQuery(id), cancellationToken);
        return TypedResults.Stream(file.Content, file.ContentType, file.FileName);
    }
}
