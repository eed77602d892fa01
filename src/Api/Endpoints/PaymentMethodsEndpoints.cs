using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.PaymentMethods;
using Pixyer.Application.Features.PaymentMethods.AddPaymentMethod;
using Pixyer.Application.Features.PaymentMethods.ListMyPaymentMethods;
using Pixyer.Application.Features.PaymentMethods.RemovePaymentMethod;
using Pixyer.Application.Features.PaymentMethods.SetDefaultPaymentMethod;

namespace Pixyer.Api.Endpoints;

public sealed class PaymentMethodsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var methods = routes.MapGroup("/me/payment-methods").WithTags("Billing").WithMetadata(new RefusesCardNumbersMetadata());

        methods.MapPost("", Add)
            .WithName("AddPaymentMethod")
            .WithSummary("Add a card by the token the payment gateway gave the browser (tok_…); never send a card number")
            .WithDescription(
                "Pixyer keeps the gateway's id, brand, last four digits, expiry and fingerprint. A request that carries anything like "
                + "a card number, in any field, is refused with 400 `card-number-not-accepted` and nothing of it is kept. The sandbox "
                + "gateway knows `tok_visa`, `tok_mastercard`, `tok_chargeDeclined`, `tok_expiredCard` (402) and `tok_insufficientFunds`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status402PaymentRequired)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AcceptsIdempotencyKey()
            .RequiresSession();

        methods.MapGet("", List)
            .Sends<ListMyPaymentMethodsQuery>()
            .WithName("ListMyPaymentMethods")
            .WithSummary("My cards: brand, last four digits, expiry; the default first")
            .ProducesValidationProblem()
            .RequiresSession();

        methods.MapPost("/{id:guid}/default", SetDefault)
            .Sends<SetDefaultPaymentMethodCommand>()
            .WithName("SetDefaultPaymentMethod")
            .WithSummary("Make one of my cards the one renewals charge")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        methods.MapDelete("/{id:guid}", Remove)
            .Sends<RemovePaymentMethodCommand>()
            .WithName("RemovePaymentMethod")
            .WithSummary("Remove one of my cards, here and at the gateway (409 while it is the last card a subscription renews with)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();
    }

    private static async Task<Created<PaymentMethodDto>> Add(AddPaymentMethodCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var method = await sender.Send(command, cancellationToken);
        return TypedResults.Created("/api/v1/me/payment-methods", method);
    }

    private static async Task<Ok<Paged<PaymentMethodDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyPaymentMethodsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<PaymentMethodDto>> SetDefault(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetDefaultPaymentMethodCommand(id), cancellationToken));

    private static async Task<NoContent> Remove(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemovePaymentMethodCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
