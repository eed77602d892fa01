using System.Net;
using Pixyer.Application.Common.Payments;
using Stripe;

namespace Pixyer.Infrastructure.Payments.Stripe;

/// <summary>
/// The payment gateway on Stripe's API, through Stripe.net. The card number goes from the client to Stripe and never
/// through Pixyer, which keeps Stripe's ids and what identifies a card to its owner (C4). A Stripe customer carries
/// Pixyer's account id and nothing else, no name and no email, so the disclosure to Stripe is as small as it can be (S1).
/// </summary>
/// <remarks>
/// Declines are told apart from failures by Stripe's error type: a <c>card_error</c> is the card's answer (a decline
/// code); Stripe unreachable or failing on its side (5xx, after Stripe.net's own retries) is
/// <see cref="PaymentGatewayUnavailableException"/> (503 with Retry-After); every other Stripe error (bad request,
/// authentication) is a fault and propagates as it is.
/// </remarks>
internal sealed class StripePaymentGateway(IStripeClient client, PaymentOptions options) : IPaymentGateway
{
    /// <summary>The customer's only metadata: the reference Pixyer gave it.</summary>
    public const string AccountMetadataKey = "pixyer_account";

    private const string CardError = "card_error";
    private const string Succeeded = "succeeded";

    private readonly CustomerService customers = new(client);
    private readonly PaymentMethodService methods = new(client);
    private readonly PaymentIntentService intents = new(client);

    public string RecipientKey => options.RecipientKey;

    public async Task<string> CreateCustomerAsync(string reference, CancellationToken cancellationToken)
    {
        var customer = await customers.CreateAsync(
            new CustomerCreateOptions { Metadata = new Dictionary<string, string> { [AccountMetadataKey] = reference } },
            cancellationToken: cancellationToken);
        return customer.Id;
    }

    /// <summary>
    /// A client-side token (<c>tok_…</c>) first becomes a card payment method; a payment method id (<c>pm_…</c>) is
    /// attached as it is.
    /// </summary>
    public async Task<GatewayCard> AttachCardAsync(string customerId, string token, CancellationToken cancellationToken)
    {
        try
        {
            var methodId = token.StartsWith("tok_", StringComparison.Ordinal)
                ? (await methods.CreateAsync(
                    new PaymentMethodCreateOptions { Type = "card", Card = new PaymentMethodCardOptions { Token = token } },
                    cancellationToken: cancellationToken)).Id
                : token;
            var method = await methods.AttachAsync(
                methodId, new PaymentMethodAttachOptions { Customer = customerId }, cancellationToken: cancellationToken);
            // Another kind of payment method (a bank debit) stays with the customer until its deletion; Pixyer takes cards only.
            var card = method.Card ?? throw new PaymentDeclinedException("not_a_card");
            return new GatewayCard(method.Id, card.Brand, card.Last4, (int)card.ExpMonth, (int)card.ExpYear, card.Fingerprint);
        }
        catch (StripeException failure) when (IsCardError(failure))
        {
            throw new PaymentDeclinedException(DeclineCode(failure.StripeError));
        }
        catch (Exception failure) when (IsOutage(failure, cancellationToken))
        {
            throw new PaymentGatewayUnavailableException(failure);
        }
    }

    public Task DetachCardAsync(string methodId, CancellationToken cancellationToken) =>
        methods.DetachAsync(methodId, cancellationToken: cancellationToken);

    /// <summary>
    /// A confirmed off-session PaymentIntent. Stripe keeps the idempotency key's first answer, a decline included, and
    /// replays it for a retry with the same key.
    /// </summary>
    public async Task<GatewayCharge> ChargeAsync(GatewayChargeRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var intent = await intents.CreateAsync(
                new PaymentIntentCreateOptions
                {
                    Amount = request.AmountMinor,
                    Currency = request.Currency.ToLowerInvariant(),
                    Customer = request.CustomerId,
                    PaymentMethod = request.MethodId,
                    Confirm = true,
                    OffSession = true,
                    Description = request.Description,
                },
                new RequestOptions { IdempotencyKey = request.IdempotencyKey },
                cancellationToken);
            // Anything but succeeded (requires_action: the bank wants the holder, who is not there) is not paid.
            return intent.Status == Succeeded
                ? GatewayCharge.Paid(intent.LatestChargeId ?? intent.Id)
                : GatewayCharge.Declined(intent.Status);
        }
        catch (StripeException failure) when (IsCardError(failure))
        {
            return GatewayCharge.Declined(DeclineCode(failure.StripeError), failure.StripeError.Charge);
        }
        catch (Exception failure) when (IsOutage(failure, cancellationToken))
        {
            throw new PaymentGatewayUnavailableException(failure);
        }
    }

    public async Task DeleteCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        try
        {
            await customers.DeleteAsync(customerId, cancellationToken: cancellationToken);
        }
        catch (StripeException failure) when (failure is { HttpStatusCode: HttpStatusCode.NotFound, StripeError.Code: "resource_missing" })
        {
            // Already deleted (an erasure that is run again): what was asked for is true.
        }
    }

    public GatewayEvent ReadWebhook(string payload, string? signatureHeader) =>
        StripeWebhooks.Read(payload, signatureHeader, options);

    private static bool IsCardError(StripeException failure) => failure.StripeError?.Type == CardError;

    private static bool IsOutage(Exception failure, CancellationToken cancellationToken) => failure switch
    {
        StripeException stripe => (int)stripe.HttpStatusCode is 0 or >= 500,
        HttpRequestException or TimeoutException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The issuer's reason when Stripe passes it on (<c>insufficient_funds</c>), else Stripe's own code.</summary>
    private static string DeclineCode(StripeError error) => error.DeclineCode ?? error.Code ?? CardError;
}
