using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.GuardianRequests;
using Pixyer.Application.Features.GuardianRequests.ApproveGuardianRequest;
using Pixyer.Application.Features.GuardianRequests.GetGuardianRequest;
using Pixyer.Application.Features.GuardianRequests.ListGuardianRequests;
using Pixyer.Application.Features.GuardianRequests.RejectGuardianRequest;
using Pixyer.Application.Features.GuardianRequests.SubmitGuardianRequest;
using Pixyer.Application.Common;
using Pixyer.Domain.Rights;

namespace Pixyer.Api.Endpoints;

public sealed class GuardianRequestEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        // Anonymous, mails whatever address it is given: limited like registration.
        routes.MapPost("/guardian-requests", Submit)
            .WithTags("Guardian requests")
            .WithName("SubmitGuardianRequest")
            .WithSummary("A guardian asks for a minor's data to be deleted (202 with the request id and due date)")
            .WithDescription(
                "Body: guardianName, guardianEmail, minorAccount (the minor's account email or username), relationship "
                + "(parent, legal_guardian, other) and statement. The answer never says whether the account exists; staff "
                + "verify the guardian and the guardian is mailed the outcome.")
            .AcceptsIdempotencyKey()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireQuota(RateLimiting.RegisterPolicy);

        var admin = routes.MapGroup("/admin/guardian-requests").WithTags("Admin");

        admin.MapGet("", List)
            .Sends<ListGuardianRequestsQuery>()
            .WithName("ListGuardianRequests")
            .WithSummary("Guardian requests, oldest first, by status (received, approved, rejected)")
            .ProducesValidationProblem()
            .RequiresSession();

        admin.MapGet("/{id:guid}", Get)
            .Sends<GetGuardianRequestQuery>()
            .WithName("GetGuardianRequest")
            .WithSummary("A guardian request with whether the minor's account was found")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        admin.MapPost("/{id:guid}/approve", Approve)
            .Sends<ApproveGuardianRequestCommand>()
            .WithName("ApproveGuardianRequest")
            .WithSummary("The guardian is verified: the minor's account is deleted; guardian and account holder are mailed")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        admin.MapPost("/{id:guid}/reject", Reject)
            .Sends<RejectGuardianRequestCommand>()
            .WithName("RejectGuardianRequest")
            .WithSummary("The request cannot be acted on: the guardian is mailed the reason and the request is closed")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();
    }

    private static async Task<Accepted<GuardianRequestAccepted>> Submit(
        SubmitGuardianRequestCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await sender.Send(command, cancellationToken));

    private static async Task<Ok<Paged<GuardianRequestSummary>>> List(
        [WireNameOf<GuardianRequestStatus>] string? status, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListGuardianRequestsQuery(status, Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<GuardianRequestDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetGuardianRequestQuery(id), cancellationToken));

    private static async Task<Ok<GuardianRequestDto>> Approve(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ApproveGuardianRequestCommand(id), cancellationToken));

    private static async Task<Ok<GuardianRequestDto>> Reject(Guid id, AdminEndpoints.ReasonBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RejectGuardianRequestCommand(id, body.Reason ?? ""), cancellationToken));
}
