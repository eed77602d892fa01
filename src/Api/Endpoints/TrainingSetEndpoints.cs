using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.ModelImprovement.ListTrainingSet;

namespace Pixyer.Api.Endpoints;

public sealed class TrainingSetEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/admin/training-set", List)
            .Sends<ListTrainingSetQuery>()
            .WithTags("Model improvement")
            .WithName("ListTrainingSet")
            .WithSummary("Uploads and assets usable to improve the AI models: only those of people whose model_improvement "
                         + "consent stands now; each listing is audited")
            .ProducesValidationProblem()
            .RequiresSession();

    private static async Task<Ok<Paged<TrainingSetItem>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListTrainingSetQuery(Paging.From(page, pageSize)), cancellationToken));
}
