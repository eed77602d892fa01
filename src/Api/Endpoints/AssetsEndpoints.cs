using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Assets;
using Pixyer.Application.Features.Assets.DeleteMyAsset;
using Pixyer.Application.Features.Assets.GetMyAsset;
using Pixyer.Application.Features.Assets.GetMyAssetContent;
using Pixyer.Application.Features.Assets.ListMyAssets;

namespace Pixyer.Api.Endpoints;

public sealed class AssetsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var assets = routes.MapGroup("/assets").WithTags("Assets");

        assets.MapGet("", ListMine)
            .Sends<ListMyAssetsQuery>()
            .WithName("ListMyAssets")
            .WithSummary("My generated assets, newest first; ?uploadId= keeps those made from one upload")
            .ProducesValidationProblem()
            .RequiresSession();

        assets.MapGet("/{id:guid}", Get)
            .Sends<GetMyAssetQuery>()
            .WithName("GetMyAsset")
            .WithSummary("One of my assets: template, format, size, checksum")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        assets.MapGet("/{id:guid}/content", Content)
            .Sends<GetMyAssetContentQuery>()
            .WithName("GetMyAssetContent")
            .WithSummary("The image of one of my assets")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        assets.MapDelete("/{id:guid}", Delete)
            .Sends<DeleteMyAssetCommand>()
            .WithName("DeleteMyAsset")
            .WithSummary("Delete one of my assets and its image")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<AssetDto>>> ListMine(
        Guid? uploadId, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyAssetsQuery(uploadId, Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<AssetDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyAssetQuery(id), cancellationToken));

    private static async Task<FileStreamHttpResult> Content(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var content = await sender.Send(new GetMyAssetContentQuery(id), cancellationToken);
        return TypedResults.Stream(content.Content, content.ContentType, entityTag: new EntityTagHeaderValue($"\"{content.Sha256}\""));
    }

    private static async Task<NoContent> Delete(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteMyAssetCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
