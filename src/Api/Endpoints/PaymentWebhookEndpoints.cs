using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Features.PaymentEvents.ReceivePaymentEvent;

namespace Pixyer.Api.Endpoints;

public sealed class PaymentWebhookEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/webhooks/payments", Receive)
            .Sends<ReceivePaymentEventCommand>()
            .SignedByPaymentGateway()
            .WithTags("Billing")
            .WithName("ReceivePaymentEvent")
            .WithSummary("The payment gateway's signed events (Stripe's format and Stripe-Signature header); each is applied once")
            .WithDescription(
                "The signature is checked over the raw body, with a tolerance on its timestamp: unsigned, wrongly signed or stale "
                + "events answer 400 and nothing is stored. A verified event is stored under its id and applied by a job; a "
                + "redelivery answers 200 with `duplicate: true`.")
            .Accepts<object>("application/json")
            .WithRequestExample("""{"id": "evt_1", "type": "charge.refunded", "created": 1767225600, "data": {"object": {"id": "ch_1", "amount_refunded": 900}}}""")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Ok<PaymentEventReceipt>> Receive(HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        // Read as sent: the signature covers these exact bytes, so the body is never bound and re-serialized first.
        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        var signature = request.Headers[ReceivePaymentEventCommand.SignatureHeader].ToString();
        return TypedResults.Ok(await sender.Send(
            new ReceivePaymentEventCommand(payload, string.IsNullOrEmpty(signature) ? null : signature), cancellationToken));
    }
}
