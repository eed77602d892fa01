using System.ComponentModel.DataAnnotations;
using Pixyer.Domain.Billing;

namespace Pixyer.Application.Features.PaymentMethods;

/// <summary>A stored card as its owner sees it: brand, last four digits and expiry; never the number (C4).</summary>
public sealed record PaymentMethodDto(
    Guid Id,
    [property: MaxLength(PaymentMethod.BrandMaxLength)] string Brand,
    [property: MinLength(PaymentMethod.Last4Length), MaxLength(PaymentMethod.Last4Length)] string Last4,
    int ExpiryMonth, int ExpiryYear, bool IsDefault, DateTimeOffset CreatedAt)
{
    public static PaymentMethodDto From(PaymentMethod method) =>
        new(method.Id.Value, method.Brand, method.Last4, method.ExpiryMonth, method.ExpiryYear, method.IsDefault, method.CreatedAt);
}
