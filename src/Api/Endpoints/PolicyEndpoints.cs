using Pixyer.Api.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Policies;
using Pixyer.Application.Features.Policies.AcceptPolicy;
using Pixyer.Application.Features.Policies.GetCurrentPolicy;
using Pixyer.Application.Features.Policies.GetPolicyVersion;
using Pixyer.Application.Features.Policies.ListNotices;
using Pixyer.Application.Features.Policies.PublishPolicyVersion;

namespace Pixyer.Api.Endpoints;

public sealed class PolicyEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var policies = routes.MapGroup("").WithTags("Privacy policy");

        policies.MapGet("/policies/current", Current)
            .Sends<GetCurrentPolicyQuery>()
            .WithName("GetCurrentPolicy")
            .WithSummary("The privacy policy in force")
            .ProducesProblem(StatusCodes.Status404NotFound);

        policies.MapGet("/policies/{version}", ByVersion)
            .Sends<GetPolicyVersionQuery>()
            .WithName("GetPolicyVersion")
            .WithSummary("A published version of the privacy policy")
            .ProducesProblem(StatusCodes.Status404NotFound);

        policies.MapPost("/me/policy-acceptances", Accept)
            .Sends<AcceptPolicyCommand>()
            .WithName("AcceptPolicy")
            .WithSummary("Accept a policy version in force (needed after a significant change)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        policies.MapGet("/notices", Notices)
            .Sends<ListNoticesQuery>()
            .WithName("ListNotices")
            .WithSummary("Public notices: policy changes, newest first")
            .ProducesValidationProblem();

        policies.MapPost("/admin/policies", Publish)
            .WithName("PublishPolicyVersion")
            .WithSummary("Publish a policy version, significant or minor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();
    }

    public sealed record AcceptBody(string Version);

    private static async Task<Ok<PolicyDocument>> Current(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentPolicyQuery(), cancellationToken));

    private static async Task<Ok<PolicyDocument>> ByVersion(string version, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPolicyVersionQuery(version), cancellationToken));

    private static async Task<Created<PolicyAccepted>> Accept(AcceptBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/me", await sender.Send(new AcceptPolicyCommand(body.Version), cancellationToken));

    private static async Task<Ok<Paged<Notice>>> Notices(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListNoticesQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Created<PolicyDocument>> Publish(
        PublishPolicyVersionCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var published = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/policies/{published.Version}", published);
    }
}
