namespace Pixyer.Domain.Billing;

/// <summary>
/// What a subscription buys: a price per period and the generations it includes. Plans are versioned: a price change
/// publishes a new version of the code and retires the old one, so what a person bought is never rewritten (C8).
/// </summary>
public sealed class Plan
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 100;

    private Plan()
    {
    }

    public PlanId Id { get; private set; }

    /// <summary>What clients subscribe to (e.g. <c>pro</c>); the newest active version of the code is sold.</summary>
    public string Code { get; private set; } = "";

    public int Version { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The price per period in the currency's minor unit (cents).</summary>
    public long PriceMinor { get; private set; }

    /// <summary>ISO 4217, upper case.</summary>
    public string Currency { get; private set; } = "";

    public BillingInterval Interval { get; private set; }

    public int IncludedGenerations { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Plan Publish(
        string code, int version, string name, long priceMinor, string currency, BillingInterval interval, int includedGenerations, DateTimeOffset now) =>
        new()
        {
            Id = PlanId.New(),
            Code = code,
            Version = version,
            Name = name,
            PriceMinor = priceMinor,
            Currency = currency.ToUpperInvariant(),
            Interval = interval,
            IncludedGenerations = includedGenerations,
            Active = true,
            CreatedAt = now,
        };

    /// <summary>A newer version replaced it: nobody can subscribe to it, and those who did keep what they bought.</summary>
    public void Retire() => Active = false;
}
