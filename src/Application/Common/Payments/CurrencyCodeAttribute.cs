using Pixyer.Domain.Billing;

namespace Pixyer.Application.Common.Payments;

/// <summary>The property holds one of <see cref="Currencies"/>: plans accept no other, and every charge is in its plan's.</summary>
public sealed class CurrencyCodeAttribute() : WireNameOfAttribute(Currencies.Codes.ToList());
