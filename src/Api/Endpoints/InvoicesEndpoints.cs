using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Invoices;
using Pixyer.Application.Features.Invoices.GetMyInvoice;
using Pixyer.Application.Features.Invoices.GetMyInvoiceDocument;
using Pixyer.Application.Features.Invoices.ListMyInvoices;

namespace Pixyer.Api.Endpoints;

public sealed class InvoicesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var invoices = routes.MapGroup("/me/invoices").WithTags("Billing");

        invoices.MapGet("", List)
            .Sends<ListMyInvoicesQuery>()
            .WithName("ListMyInvoices")
            .WithSummary("My transactions, newest first: every charge (declined ones too) and refund, each paid charge with its invoice")
            .ProducesValidationProblem()
            .RequiresSession();

        invoices.MapGet("/{id:guid}", Get)
            .Sends<GetMyInvoiceQuery>()
            .WithName("GetMyInvoice")
            .WithSummary("One invoice: number, plan, included generations, period, price, tax, total, currency, payment and delivery status")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        invoices.MapGet("/{id:guid}/document", Document)
            .Sends<GetMyInvoiceDocumentQuery>()
            .WithName("GetMyInvoiceDocument")
            .WithSummary("One invoice as a plain-text document, as it was mailed")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Ok<Paged<TransactionDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyInvoicesQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<InvoiceDto>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyInvoiceQuery(id), cancellationToken));

    private static async Task<FileContentHttpResult> Document(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetMyInvoiceDocumentQuery(id), cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(file.Text), file.ContentType, file.FileName);
    }
}
