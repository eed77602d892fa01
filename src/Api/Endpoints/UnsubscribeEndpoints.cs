using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Features.Unsubscribe;
using Pixyer.Application.Features.Unsubscribe.GetSubscription;
using Pixyer.Application.Features.Unsubscribe.Unsubscribe;

namespace Pixyer.Api.Endpoints;

public sealed class UnsubscribeEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var unsubscribe = routes.MapGroup("/unsubscribe").WithTags("Consents");

        unsubscribe.MapGet("", Get)
            .Sends<GetSubscriptionQuery>()
            .WithName("GetSubscription")
            .WithSummary("What an unsubscribe link is about, for the page that confirms it (changes nothing)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" to the link; the token is in the query, the body is ignored.
        unsubscribe.MapPost("", Unsubscribe)
            .Sends<UnsubscribeCommand>()
            .WithName("Unsubscribe")
            .WithSummary("One-click opt-out from marketing mail by the signed token of the mail's link (RFC 8058)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<Subscription>> Get(string token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSubscriptionQuery(token), cancellationToken));

    private static async Task<Ok<Subscription>> Unsubscribe(string token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UnsubscribeCommand(token), cancellationToken));
}
