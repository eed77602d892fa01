using System.ComponentModel.DataAnnotations;
using Pixyer.Application.Common;
using Pixyer.Application.Common.Payments;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Plans;

/// <remarks>
/// <c>priceMinor</c>: The price per period before tax, in the currency's minor unit (cents).<br/>
/// <c>interval</c>: <c>month</c> or <c>year</c>.<br/>
/// <c>active</c>: False for a version a newer one replaced: nobody can subscribe to it any more.<br/>
/// </remarks>
public sealed record PlanDto(
    Guid Id,
    [property: MaxLength(Plan.MaxCodeLength)] string Code,
    int Version,
    [property: MaxLength(Plan.MaxNameLength)] string Name,
    long PriceMinor,
    [property: CurrencyCode] string Currency,
    [property: WireNameOf<BillingInterval>] string Interval,
    int IncludedGenerations,
    bool Active,

    DateTimeOffset CreatedAt)
{
    public static PlanDto From(Plan plan) =>
        new(
            plan.Id.Value,
            plan.Code,
            plan.Version,
            plan.Name,
            plan.PriceMinor,
            plan.Currency,
            WireNames.Of(plan.Interval),
            plan.IncludedGenerations,
            plan.Active,
            plan.CreatedAt);
}
