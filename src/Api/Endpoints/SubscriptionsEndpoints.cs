using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Subscriptions;
using Pixyer.Application.Features.Subscriptions.CancelSubscription;
using Pixyer.Application.Features.Subscriptions.ListMySubscriptions;
using Pixyer.Application.Features.Subscriptions.Subscribe;

namespace Pixyer.Api.Endpoints;

public sealed class SubscriptionsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var subscriptions = routes.MapGroup("/me/subscriptions").WithTags("Billing").WithMetadata(new RefusesCardNumbersMetadata());

        subscriptions.MapPost("", Subscribe)
            .WithName("Subscribe")
            .WithSummary("Subscribe to a plan, paying the first period with one of my cards; the Idempotency-Key header is required")
            .WithDescription(
                "Answers the subscription and the invoice of its first period (201). Only a verified adult may subscribe (403 "
                + "`age-verification-required`); one live subscription per account (409). A declined card answers 402 `payment-declined` "
                + "with the gateway's `declineCode`. The same Idempotency-Key with the same body answers the same receipt and charges once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status402PaymentRequired)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AcceptsIdempotencyKey()
            .RequiresSession();

        subscriptions.MapGet("", List)
            .Sends<ListMySubscriptionsQuery>()
            .WithName("ListMySubscriptions")
            .WithSummary("My subscriptions, newest first, each with every change of its state and when")
            .ProducesValidationProblem()
            .RequiresSession();

        subscriptions.MapDelete("/current", Cancel)
            .Sends<CancelSubscriptionCommand>()
            .WithName("CancelSubscription")
            .WithSummary("Cancel my subscription: it ends at the end of the period paid for (at once while a renewal is failing)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();
    }

    private static async Task<Created<SubscriptionReceipt>> Subscribe(SubscribeCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var receipt = await sender.Send(command, cancellationToken);
        return TypedResults.Created("/api/v1/me/subscriptions", receipt);
    }

    private static async Task<Ok<Paged<SubscriptionDto>>> List(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMySubscriptionsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<Ok<SubscriptionDto>> Cancel(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CancelSubscriptionCommand(), cancellationToken));
}
