using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

public readonly record struct SubscriptionId(Guid Value) : IEntityId
{
    public static SubscriptionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
