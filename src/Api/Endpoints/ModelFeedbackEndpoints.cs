using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Features.ModelFeedback.SubmitModelFeedback;

namespace Pixyer.Api.Endpoints;

public sealed class ModelFeedbackEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/me/model-feedback", Submit)
            .WithTags("Model improvement")
            .WithName("SubmitModelFeedback")
            .WithSummary("Rate generated visuals to help improve the AI models (needs the model_improvement consent)")
            .ProducesValidationProblem()
            .RequiresSession();

    private static async Task<Created<ModelFeedbackSubmitted>> Submit(
        SubmitModelFeedbackCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var submitted = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/me/model-feedback/{submitted.Id}", submitted);
    }
}
