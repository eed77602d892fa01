using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Features.Generations.GetGeneration;
using Pixyer.Application.Features.Generations.ListTemplates;
using Pixyer.Application.Features.Generations.RequestGeneration;

namespace Pixyer.Api.Endpoints;

public sealed class GenerationsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var generations = routes.MapGroup("/generations").WithTags("Generations");

        generations.MapPost("", Request)
            .WithName("RequestGeneration")
            .WithSummary("Generate marketing visuals from one of my uploads: one image per format, rendered in the background (202)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AcceptsIdempotencyKey()
            .RequiresSession();

        generations.MapGet("/templates", ListTemplates)
            .Sends<ListGenerationTemplatesQuery>()
            .WithName("ListGenerationTemplates")
            .WithSummary("The templates and formats (with their pixel sizes) a generation can ask for")
            .RequireQuota(RateLimiting.PublicReadPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        generations.MapGet("/{id:guid}", Get)
            .Sends<GetGenerationQuery>()
            .WithName("GetGeneration")
            .WithSummary("A generation's status (queued, running, succeeded, failed with a reason), progress and assets")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Accepted<GenerationAccepted>> Request(
        RequestGenerationCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var accepted = await sender.Send(command, cancellationToken);
        return TypedResults.Accepted($"/api/v1/generations/{accepted.Id}", accepted);
    }

    private static async Task<Ok<GenerationChoices>> ListTemplates(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListGenerationTemplatesQuery(), cancellationToken));

    private static async Task<Ok<GenerationState>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetGenerationQuery(id), cancellationToken));
}
