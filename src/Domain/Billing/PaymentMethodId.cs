using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

public readonly record struct PaymentMethodId(Guid Value) : IEntityId
{
    public static PaymentMethodId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
