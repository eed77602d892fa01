namespace Pixyer.Infrastructure.Payments.Sandbox;

/// <summary>The sandbox's test cards, named by the tokens Stripe's test mode uses.</summary>
internal sealed record SandboxCardKind(string Token, string Name, string Brand, string Last4, string? AttachDecline, string? ChargeDecline, bool DeclinesAfterFirstCharge)
{
    public static readonly IReadOnlyList<SandboxCardKind> All =
    [
        new("tok_visa", "visa", "visa", "4242", null, null, false),
        new("tok_mastercard", "mastercard", "mastercard", "4444", null, null, false),
        new("tok_chargeDeclined", "declined", "visa", "0002", null, "card_declined", false),
        new("tok_expiredCard", "expired", "visa", "0069", "expired_card", null, false),
        // Pays the first period, then declines: a renewal that fails into dunning.
        new("tok_insufficientFunds", "insufficient", "visa", "9995", null, "insufficient_funds", true),
    ];

    public static SandboxCardKind? OfToken(string token) => All.FirstOrDefault(kind => kind.Token == token);

    /// <summary>A sandbox method id names its kind (<c>pm_sandbox_visa_…</c>), so a restarted sandbox still knows its cards.</summary>
    public static SandboxCardKind? OfMethod(string methodId) =>
        All.FirstOrDefault(kind => methodId.StartsWith($"pm_sandbox_{kind.Name}_", StringComparison.Ordinal));
}
