using Pixyer.Application.Common;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.Plans.PublishPlan;

/// <summary>The property holds one of the ISO 4217 codes plans may be priced in (<see cref="Currencies.Codes"/>).</summary>
public sealed class CurrencyCodeAttribute() : WireNameOfAttribute(Currencies.Codes.ToList());
