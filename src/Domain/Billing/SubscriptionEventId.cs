using Pixyer.Domain.Common;

namespace Pixyer.Domain.Billing;

public readonly record struct SubscriptionEventId(Guid Value) : IEntityId
{
    public static SubscriptionEventId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
