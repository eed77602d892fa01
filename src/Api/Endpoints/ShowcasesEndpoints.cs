using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Showcases;
using Pixyer.Application.Features.Showcases.AuthorizePublicDisclosure;
using Pixyer.Application.Features.Showcases.GetPublicDisclosure;
using Pixyer.Application.Features.Showcases.GetShowcaseImage;
using Pixyer.Application.Features.Showcases.ListShowcases;
using Pixyer.Application.Features.Showcases.PublishShowcase;
using Pixyer.Application.Features.Showcases.UnpublishShowcase;
using Pixyer.Application.Features.Showcases.WithdrawPublicDisclosure;

namespace Pixyer.Api.Endpoints;

/// <summary>The public showcase (D1): the owner's per-asset authorization, staff publishing, and the anonymous reads.</summary>
public sealed class ShowcasesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var authorization = routes.MapGroup("/me/assets/{id:guid}/public-disclosure").WithTags("Showcases");

        authorization.MapGet("", GetAuthorization)
            .Sends<GetPublicDisclosureQuery>()
            .WithName("GetPublicDisclosure")
            .WithSummary("What publishing this asset in the public showcase would disclose (purpose, data, where), and whether I authorized it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        authorization.MapPut("", Authorize)
            .Sends<AuthorizePublicDisclosureCommand>()
            .WithName("AuthorizePublicDisclosure")
            .WithSummary("Authorize the public disclosure of this asset, and of no other, in the showcase (recorded in my consent history)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        authorization.MapDelete("", Withdraw)
            .Sends<WithdrawPublicDisclosureCommand>()
            .WithName("WithdrawPublicDisclosure")
            .WithSummary("Withdraw the authorization; the asset is unpublished at once")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        var showcases = routes.MapGroup("/showcases").WithTags("Showcases");

        showcases.MapGet("", List)
            .Sends<ListShowcasesQuery>()
            .WithName("ListShowcases")
            .WithSummary("The published showcases, newest first: title, the asset's template and format, when, and the image's URL")
            .ProducesValidationProblem()
            .RequireQuota(RateLimiting.PublicReadPolicy);

        showcases.MapGet("/{id:guid}/image", Image)
            .Sends<GetShowcaseImageQuery>()
            .WithName("GetShowcaseImage")
            .WithSummary("The image of a published showcase")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireQuota(RateLimiting.PublicReadPolicy);

        var admin = routes.MapGroup("/admin/showcases").WithTags("Showcases");

        admin.MapPost("", Publish)
            .WithName("PublishShowcase")
            .WithSummary("Publish a person's asset in the showcase; only with their current authorization for that asset "
                         + "(403 subject-authorization-required), recorded as a disclosure to the public")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        admin.MapDelete("/{id:guid}", Unpublish)
            .Sends<UnpublishShowcaseCommand>()
            .WithName("UnpublishShowcase")
            .WithSummary("Take a showcase down")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Ok<PublicDisclosureOffer>> GetAuthorization(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPublicDisclosureQuery(id), cancellationToken));

    private static async Task<Ok<PublicDisclosureOffer>> Authorize(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AuthorizePublicDisclosureCommand(id), cancellationToken));

    private static async Task<NoContent> Withdraw(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new WithdrawPublicDisclosureCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Paged<ShowcaseDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListShowcasesQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<FileStreamHttpResult> Image(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var image = await sender.Send(new GetShowcaseImageQuery(id), cancellationToken);
        return TypedResults.Stream(image.Content, image.ContentType, entityTag: new EntityTagHeaderValue($"\"{image.Sha256}\""));
    }

    private static async Task<Created<PublishedShowcase>> Publish(PublishShowcaseCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var showcase = await sender.Send(command, cancellationToken);
        return TypedResults.Created(ShowcaseDto.ImagePath(showcase.Id), showcase);
    }

    private static async Task<NoContent> Unpublish(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new UnpublishShowcaseCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
