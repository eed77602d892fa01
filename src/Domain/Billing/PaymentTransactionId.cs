using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

public readonly record struct PaymentTransactionId(Guid Value) : IEntityId
{
    public static PaymentTransactionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
