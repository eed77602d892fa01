using Pixyer.Api.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Admin.GetSubject;
using Pixyer.Application.Features.Admin.SetSubjectRoles;
using Pixyer.Application.Features.LegalHolds;
using Pixyer.Application.Features.LegalHolds.LiftLegalHold;
using Pixyer.Application.Features.LegalHolds.ListLegalHolds;
using Pixyer.Application.Features.LegalHolds.PlaceLegalHold;
using Pixyer.Application.Features;

namespace Pixyer.Api.Endpoints;

public sealed class AdminEndpoints : IEndpointGroup
{
    public sealed record RolesBody([property: RoleName] IReadOnlyList<string> Roles);

    public sealed record ReasonBody(string Reason);

    public void Map(IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin").WithTags("Admin");

        admin.MapPut("/subjects/{id:guid}/roles", SetRoles)
            .Sends<SetSubjectRolesCommand>()
            .WithName("SetSubjectRoles")
            .WithSummary("Set an account's roles")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();

        admin.MapGet("/subjects/{id:guid}", GetSubject)
            .Sends<GetSubjectQuery>()
            .WithName("GetSubject")
            .WithSummary("A subject's status, last activity, retention clock and legal hold; no contact data")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        admin.MapPut("/subjects/{id:guid}/legal-hold", PlaceHold)
            .Sends<PlaceLegalHoldCommand>()
            .WithName("PlaceLegalHold")
            .WithSummary("Put a subject on legal hold, with a reason: erasure and anonymization wait")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();

        // A POST to a sub-resource rather than a DELETE: lifting records a reason, and DELETE bodies are not reliably carried.
        admin.MapPost("/subjects/{id:guid}/legal-hold/lift", LiftHold)
            .Sends<LiftLegalHoldCommand>()
            .WithName("LiftLegalHold")
            .WithSummary("Lift a subject's active legal hold, with a reason; the hold stays in the history")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        admin.MapGet("/subjects/{id:guid}/legal-holds", ListHolds)
            .Sends<ListLegalHoldsQuery>()
            .WithName("ListLegalHolds")
            .WithSummary("A subject's legal holds, active and lifted, newest first, a page at a time")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Ok<SubjectRoles>> SetRoles(
        Guid id, RolesBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetSubjectRolesCommand(id, body.Roles ?? []), cancellationToken));

    private static async Task<Ok<SubjectStatus>> GetSubject(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSubjectQuery(id), cancellationToken));

    private static async Task<Ok<LegalHoldDto>> PlaceHold(Guid id, ReasonBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PlaceLegalHoldCommand(id, body.Reason ?? ""), cancellationToken));

    private static async Task<Ok<LegalHoldDto>> LiftHold(Guid id, ReasonBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new LiftLegalHoldCommand(id, body.Reason ?? ""), cancellationToken));

    private static async Task<Ok<Paged<LegalHoldDto>>> ListHolds(
        Guid id, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListLegalHoldsQuery(id, Paging.From(page, pageSize)), cancellationToken));
}
