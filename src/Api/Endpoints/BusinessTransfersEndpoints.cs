using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.BusinessTransfers;
using Pixyer.Application.Features.BusinessTransfers.DeclareBusinessTransfer;
using Pixyer.Application.Features.BusinessTransfers.GetBusinessTransfer;
using Pixyer.Application.Features.BusinessTransfers.ListBusinessTransfers;

namespace Pixyer.Api.Endpoints;

public sealed class BusinessTransfersEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var transfers = routes.MapGroup("/admin/business-transfers").WithTags("Disclosures");

        transfers.MapGet("", List)
            .Sends<ListBusinessTransfersQuery>()
            .WithName("ListBusinessTransfers")
            .WithSummary("The declared business transfers (merger, acquisition, bankruptcy), newest first, with their progress")
            .ProducesValidationProblem()
            .RequiresSession();

        transfers.MapGet("/{id:guid}", Get)
            .Sends<GetBusinessTransferQuery>()
            .WithName("GetBusinessTransfer")
            .WithSummary("One business transfer with its progress: notices mailed, subjects unreachable, subjects it took effect for")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        transfers.MapPost("", Declare)
            .WithName("DeclareBusinessTransfer")
            .WithSummary("Declare a business transfer: kind, the new holder bound by this policy (with its binding undertaking), the "
                         + "effective date, the affected accounts as a selector, and the consent purposes the new holder processes "
                         + "differently; every affected subject is mailed a notice, and those purposes are suspended until re-granted. "
                         + "Declaring the same transfer again answers 200 with it")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<BusinessTransferDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListBusinessTransfersQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<BusinessTransferDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetBusinessTransferQuery(id), cancellationToken));

    private static async Task<Results<Created<BusinessTransferDto>, Ok<BusinessTransferDto>>> Declare(
        DeclareBusinessTransferCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var declared = await sender.Send(command, cancellationToken);
        return declared.Created
            ? TypedResults.Created($"/api/v1/admin/business-transfers/{declared.Transfer.Id}", declared.Transfer)
            : TypedResults.Ok(declared.Transfer);
    }
}
