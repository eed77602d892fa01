using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Jobs;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Jobs.ListJobItems;
using Pixyer.Application.Features.Jobs.ListJobs;
using Pixyer.Application.Features.Jobs.TriggerJob;

namespace Pixyer.Api.Endpoints;

public sealed class JobsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var jobs = routes.MapGroup("/admin/jobs").WithTags("Admin");

        jobs.MapGet("", List)
            .Sends<ListJobsQuery>()
            .WithName("ListJobs")
            .WithSummary("The background jobs: schedule, next firing and last run with its outcome")
            .ProducesListOfAtMost(routes.ServiceProvider.GetRequiredService<RegisteredJobs>().Keys.Count)
            .RequiresSession();

        jobs.MapGet("/{key}/items", ListItems)
            .Sends<ListJobItemsQuery>()
            .WithName("ListJobItems")
            .WithSummary("The items of a worker job's queue (generation-worker, export-worker, erasure-worker), newest first, with the node that took each")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        jobs.MapPost("/{key}/runs", Trigger)
            .Sends<TriggerJobCommand>()
            .WithName("TriggerJob")
            .WithSummary("Run a background job now; its run shows in the job list")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Ok<IReadOnlyList<JobDto>>> List(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListJobsQuery(), cancellationToken));

    private static async Task<Ok<Paged<JobItemDto>>> ListItems(
        string key, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListJobItemsQuery(key, Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Accepted<JobTriggered>> Trigger(string key, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Accepted("/api/v1/admin/jobs", await sender.Send(new TriggerJobCommand(key), cancellationToken));
}
