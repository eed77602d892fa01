using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Pixyer.Application.Common.Exceptions;
using Pixyer.Application.Common.Payments;

namespace Pixyer.Infrastructure.Payments.Sandbox;

/// <summary>
/// The default gateway, in-process and deterministic, for development and tests: Stripe's test tokens behave as in
/// Stripe's test mode (<see cref="SandboxCardKind"/>), charges honour idempotency keys, and webhooks are signed as
/// Stripe signs them. Nothing leaves the process; its state lives as long as the process does.
/// </summary>
public sealed class SandboxPaymentGateway(IOptions<PaymentOptions> options, SandboxWebhookSecret secret, TimeProvider clock) : IPaymentGateway
{
    private readonly ConcurrentDictionary<string, Lazy<GatewayCharge>> chargesByKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> chargesByMethod = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> customers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SandboxCharge> ledger = new();

    public string RecipientKey => options.Value.RecipientKey;

    /// <summary>Every charge the sandbox made or declined, once per idempotency key: what a gateway's dashboard would list.</summary>
    public IReadOnlyCollection<SandboxCharge> Charges => ledger;

    /// <summary>Whether the customer exists (made and not deleted), as the gateway's dashboard would show.</summary>
    public bool HasCustomer(string customerId) => customers.ContainsKey(customerId);

    public Task<string> CreateCustomerAsync(string reference, CancellationToken cancellationToken)
    {
        var id = $"cus_sandbox_{RandomId()}";
        customers[id] = reference;
        return Task.FromResult(id);
    }

    public Task<GatewayCard> AttachCardAsync(string customerId, string token, CancellationToken cancellationToken)
    {
        var kind = SandboxCardKind.OfToken(token)
                   ?? throw new RequestRefusedException("payment-token-invalid", "The payment gateway knows no such card token.");
        if (kind.AttachDecline is { } decline)
        {
            throw new PaymentDeclinedException(decline);
        }

        var expiry = clock.GetUtcNow().Year + 3;
        return Task.FromResult(new GatewayCard($"pm_sandbox_{kind.Name}_{RandomId()}", kind.Brand, kind.Last4, 12, expiry, Fingerprint(kind)));
    }

    public Task DetachCardAsync(string methodId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<GatewayCharge> ChargeAsync(GatewayChargeRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(chargesByKey.GetOrAdd(request.IdempotencyKey, _ => new Lazy<GatewayCharge>(() => Charge(request))).Value);

    public Task DeleteCustomerAsync(string customerId, CancellationToken cancellationToken)
    {
        customers.TryRemove(customerId, out _);
        return Task.CompletedTask;
    }

    public GatewayEvent ReadWebhook(string payload, string? signatureHeader)
    {
        WebhookSignature.Verify(payload, signatureHeader, secret.Value, options.Value.WebhookTolerance, clock.GetUtcNow());
        return StripeEventJson.Read(payload);
    }

    /// <summary>Signs <paramref name="payload"/> as the sandbox's webhooks are signed, now.</summary>
    public string SignWebhook(string payload) => WebhookSignature.Sign(payload, secret.Value, clock.GetUtcNow());

    private GatewayCharge Charge(GatewayChargeRequest request)
    {
        var kind = SandboxCardKind.OfMethod(request.MethodId);
        var previous = chargesByMethod.AddOrUpdate(request.MethodId, 1, (_, count) => count + 1) - 1;
        var decline = kind switch
        {
            null => "card_not_found",
            { DeclinesAfterFirstCharge: true } when previous == 0 => null,
            _ => kind.ChargeDecline,
        };
        var charge = decline is null ? GatewayCharge.Paid($"ch_sandbox_{RandomId()}") : GatewayCharge.Declined(decline, $"ch_sandbox_{RandomId()}");
        ledger.Enqueue(new SandboxCharge(charge.ChargeId!, request.MethodId, request.AmountMinor, request.Currency, request.IdempotencyKey, charge.Succeeded));
        return charge;
    }

    private static string Fingerprint(SandboxCardKind kind) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"sandbox-card:{kind.Token}")))[..16];

    private static string RandomId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}

public sealed record SandboxCharge(string ChargeId, string MethodId, long AmountMinor, string Currency, string IdempotencyKey, bool Succeeded);
