using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Feedback;
using Pixyer.Application.Features.Feedback.DeleteMyFeedback;
using Pixyer.Application.Features.Feedback.GiveFeedback;
using Pixyer.Application.Features.Feedback.ListMyFeedback;

namespace Pixyer.Api.Endpoints;

public sealed class FeedbackEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var feedback = routes.MapGroup("/me/feedback").WithTags("Feedback");

        feedback.MapPost("", Give)
            .Sends<GiveFeedbackCommand>()
            .WithName("GiveFeedback")
            .WithSummary("Rate a service (generation, subscription, general) from 1 to 5, optionally naming one of my items of it and adding a text")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        feedback.MapGet("", ListMine)
            .Sends<ListMyFeedbackQuery>()
            .WithName("ListMyFeedback")
            .WithSummary("The feedback I gave, newest first (paginated)")
            .ProducesValidationProblem()
            .RequiresSession();

        feedback.MapDelete("/{id:guid}", Delete)
            .Sends<DeleteMyFeedbackCommand>()
            .WithName("DeleteMyFeedback")
            .WithSummary("Delete feedback I gave")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Created<FeedbackDto>> Give(GiveFeedbackCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var given = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/me/feedback/{given.Id}", given);
    }

    private static async Task<Ok<Paged<FeedbackDto>>> ListMine(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyFeedbackQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<NoContent> Delete(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteMyFeedbackCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
