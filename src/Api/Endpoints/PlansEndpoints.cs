using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Plans;
using Pixyer.Application.Features.Plans.ListAllPlans;
using Pixyer.Application.Features.Plans.ListPlans;
using Pixyer.Application.Features.Plans.PublishPlan;

namespace Pixyer.Api.Endpoints;

public sealed class PlansEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/plans", List)
            .Sends<ListPlansQuery>()
            .WithTags("Billing")
            .WithName("ListPlans")
            .WithSummary("The subscription plans on sale: price per period before tax (minor units), currency, interval, included generations")
            .ProducesValidationProblem()
            .RequireQuota(RateLimiting.PublicReadPolicy);

        var admin = routes.MapGroup("/admin/plans").WithTags("Billing");

        admin.MapGet("", ListAll)
            .Sends<ListAllPlansQuery>()
            .WithName("ListAllPlans")
            .WithSummary("Every version of every plan, retired ones included")
            .ProducesValidationProblem()
            .RequiresSession();

        admin.MapPost("", Publish)
            .WithName("PublishPlan")
            .WithSummary("Publish a plan; for a code already on sale this is a new version (a price change), and the older ones are retired")
            .WithDescription("What people bought is never rewritten: their subscriptions renew, and their invoices name, the version they paid for.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<PlanDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListPlansQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<Paged<PlanDto>>> ListAll(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListAllPlansQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Created<PlanDto>> Publish(PublishPlanCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var plan = await sender.Send(command, cancellationToken);
        return TypedResults.Created("/api/v1/plans", plan);
    }
}
