using Pixyer.Api.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.RightsRequests;
using Pixyer.Application.Features.RightsRequests.CloseRightsRequest;
using Pixyer.Application.Features.RightsRequests.ExtendRightsRequest;
using Pixyer.Application.Features.RightsRequests.ListRightsRequests;
using Pixyer.Application.Features.RightsRequests.LogCorrectionRequest;
using Pixyer.Application.Common;
using Pixyer.Domain.Rights;

namespace Pixyer.Api.Endpoints;

public sealed class RightsRequestEndpoints : IEndpointGroup
{
    public sealed record CorrectionBody(Guid SubjectId, string Note);

    public sealed record ExtensionBody(int Days, string Reason);

    public void Map(IEndpointRouteBuilder routes)
    {
        var requests = routes.MapGroup("/admin/rights-requests").WithTags("Admin");

        requests.MapGet("", List)
            .Sends<ListRightsRequestsQuery>()
            .WithName("ListRightsRequests")
            .WithSummary("Rights requests and their deadlines, oldest due first; ?overdue=true for the open ones past due, ?kind=")
            .ProducesValidationProblem()
            .RequiresSession();

        requests.MapPost("", LogCorrection)
            .Sends<LogCorrectionRequestCommand>()
            .WithName("LogCorrectionRequest")
            .WithSummary("Log a correction request received through support, with a note; its 30-day deadline starts")
            .AcceptsIdempotencyKey()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        requests.MapPost("/{id:guid}/close", Close)
            .Sends<CloseRightsRequestCommand>()
            .WithName("CloseRightsRequest")
            .WithSummary("Close a correction request once it is done (422 for the other kinds, which close themselves)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        requests.MapPost("/{id:guid}/extension", Extend)
            .Sends<ExtendRightsRequestCommand>()
            .WithName("ExtendRightsRequest")
            .WithSummary("Extend an open request once by 1 to 60 days, with a reason the person is mailed (else 422 extension-not-allowed)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<RightsRequestDto>>> List(
        bool? overdue, [WireNameOf<RightsRequestKind>] string? kind, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListRightsRequestsQuery(overdue ?? false, kind, Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Created<RightsRequestDto>> LogCorrection(CorrectionBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created((string?)null, await sender.Send(new LogCorrectionRequestCommand(body.SubjectId, body.Note ?? ""), cancellationToken));

    private static async Task<Ok<RightsRequestDto>> Close(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CloseRightsRequestCommand(id), cancellationToken));

    private static async Task<Ok<RightsRequestDto>> Extend(Guid id, ExtensionBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ExtendRightsRequestCommand(id, body.Days, body.Reason ?? ""), cancellationToken));
}
